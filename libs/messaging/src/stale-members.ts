import type { Kafka } from 'kafkajs';

interface Coordinator {
  leaveGroup(request: { groupId: string; memberId: string }): Promise<unknown>;
}

interface Cluster {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  findGroupCoordinator(request: { groupId: string }): Promise<Coordinator>;
}

/**
 * kafkajs's private cluster factory. Its public Admin API cannot remove one member from a group (Kafka's
 * `LeaveGroup` for another member id); its consumer does exactly that on `disconnect`, through this cluster.
 * Null if a kafkajs upgrade renamed it (the consumer then waits out the session timeout, as before).
 */
function createCluster(kafka: Kafka): Cluster | null {
  const key = Object.getOwnPropertySymbols(kafka).find((s) => s.description === 'private:Kafka:createCluster');
  const create = key === undefined ? undefined : (kafka as unknown as Record<symbol, unknown>)[key];
  return typeof create === 'function'
    ? (create as (options: object) => Cluster)({ allowAutoTopicCreation: false })
    : null;
}

/** A member the coordinator does not know (already gone) is what eviction wants: not an error. */
function isUnknownMember(error: unknown): boolean {
  return (error as { type?: unknown } | null)?.type === 'UNKNOWN_MEMBER_ID';
}

/**
 * Sends `LeaveGroup` for members that are certainly dead: ids this process held in a consumer that has since
 * crashed. Kafka keeps such a member (across a broker restart too: the group is reloaded with it) until its session
 * timeout passes, and a rebalance that the replacement consumer starts waits for it all that time. Resolves with the
 * ids the coordinator dropped; throws when the coordinator cannot be reached (the caller joins anyway).
 *
 * @example
 * await evictMembers(kafka, 'news.store', ['store-6f1c…']);
 */
export async function evictMembers(kafka: Kafka, groupId: string, memberIds: readonly string[]): Promise<string[]> {
  if (memberIds.length === 0) return [];
  const cluster = createCluster(kafka);
  if (!cluster) return [];
  try {
    await cluster.connect();
    const coordinator = await cluster.findGroupCoordinator({ groupId });
    const evicted: string[] = [];
    for (const memberId of memberIds) {
      try {
        await coordinator.leaveGroup({ groupId, memberId });
        evicted.push(memberId);
      } catch (error) {
        if (!isUnknownMember(error)) throw error;
      }
    }
    return evicted;
  } finally {
    await cluster.disconnect().catch(() => undefined);
  }
}
