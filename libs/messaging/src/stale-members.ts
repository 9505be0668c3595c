import { hostname } from 'node:os';
import type { LoggerService } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import { isRetryable } from './failure-policy.js';

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

/**
 * What tells a service process apart from every other live instance of its service: the host's name and the port
 * it listens on (two live processes cannot share both). A process restarted in the same place gets the same key, so
 * it can recognise the member its killed predecessor left in the group.
 */
export function instanceKey(port: number): string {
  return `${hostname()}:${port}`;
}

/**
 * The members of `groupId` whose client id is `clientId`: when the client id carries the instance key, members a
 * predecessor in this process's place left behind (killed with SIGKILL, so it never sent LeaveGroup). Kafka keeps
 * them until their session times out and the new process's first join waits for that; evicted, it does not.
 */
export async function membersOf(kafka: Kafka, groupId: string, clientId: string): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const { groups } = await admin.describeGroups([groupId]);
    return (groups[0]?.members ?? []).filter((m) => m.clientId === clientId).map((m) => m.memberId);
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/** A restart does not wait longer than this for the eviction of its former members; it is retried instead. */
const EVICTION_TIMEOUT_MS = 3_000;

class EvictionTimeout extends Error {
  constructor() {
    super(`no answer from the group coordinator within ${EVICTION_TIMEOUT_MS} ms`);
  }
}

/**
 * The members a consumer must evict before it joins: those its own crashed consumers joined as, and on the first
 * join those its predecessor in the same place left (found by client id, when that carries the instance key).
 */
export class FormerMembers {
  private readonly ids = new Set<string>();
  private predecessorsChecked: boolean;

  constructor(
    private readonly kafka: Kafka,
    private readonly groupId: string,
    private readonly logger: LoggerService,
    /** The client id carrying this process's instance key; without one, predecessors are not looked for. */
    private readonly clientId?: string,
  ) {
    this.predecessorsChecked = clientId === undefined;
  }

  add(memberId: string): void {
    this.ids.add(memberId);
  }

  /**
   * Evicts them. While the broker is out of reach this throws, so the caller retries its start (joining then would
   * wait out their sessions); an error that retrying cannot fix is logged and the consumer joins anyway.
   */
  async evict(): Promise<void> {
    if (this.predecessorsChecked && this.ids.size === 0) return;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new EvictionTimeout()), EVICTION_TIMEOUT_MS);
    });
    try {
      await Promise.race([this.evictNow(), timeout]);
    } catch (error) {
      if (error instanceof EvictionTimeout || isRetryable(error) === true)
        throw new Error(`former member not evicted yet: ${(error as Error).message}`, { cause: error });
      this.logger.warn(
        `consumer ${this.groupId}: former member not evicted (${(error as Error).message}); joining anyway`,
      );
      this.predecessorsChecked = true;
      this.ids.clear();
    } finally {
      clearTimeout(timer);
    }
  }

  private async evictNow(): Promise<void> {
    if (!this.predecessorsChecked) {
      for (const id of await membersOf(this.kafka, this.groupId, this.clientId!)) this.ids.add(id);
      this.predecessorsChecked = true;
    }
    const ids = [...this.ids];
    const evicted = await evictMembers(this.kafka, this.groupId, ids);
    if (evicted.length > 0) this.logger.log(`consumer ${this.groupId} evicted its former member ${evicted.join(', ')}`);
    for (const id of ids) this.ids.delete(id);
  }
}
