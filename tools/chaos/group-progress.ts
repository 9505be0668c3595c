import { fixRequestQueueTimer } from '@app/messaging';
import { setTimeout as delay } from 'node:timers/promises';
import { TOPICS } from '@app/contracts';
import { Kafka, logLevel, type Admin } from 'kafkajs';

// kafkajs 2.2.4 arms a 1 ms timer loop per idle connection (see libs/messaging request-queue.fix.ts).
fixRequestQueueTimer();

/** The pipeline's consumer groups and the topic each consumes. */
export type GroupName = 'processor' | 'store';
const CONSUMED: Record<GroupName, string> = { processor: TOPICS.rawArticles, store: TOPICS.enrichedArticles };

/** One look at a group: per partition, its committed offset and the topic's high watermark. */
interface Sample {
  at: number;
  committed: Map<number, bigint>;
  high: Map<number, bigint>;
}

const inNamespace = (namespace: string, name: string) => (namespace ? `${namespace}.${name}` : name);

/**
 * Watches the committed offsets of the processor and store groups, so a fault's recovery is measured by what the
 * bound is about: the group consuming again, not only its members answering `/health/ready` (a member can be ready
 * and still wait for a rebalance, or sit on a batch that retries).
 */
export class GroupProgress {
  private readonly kafka: Kafka;
  private admin: Admin | null = null;
  private readonly samples: Record<GroupName, Sample[]> = { processor: [], store: [] };
  private running = true;
  private readonly done: Promise<void>;

  constructor(
    brokers: string[],
    private readonly namespace: string,
  ) {
    // Few and short retries: a sample that fails is skipped (the broker is away) and the next one comes soon. Not
    // none: kafkajs finds a group's coordinator only on a retry after its first metadata refresh.
    this.kafka = new Kafka({
      clientId: 'chaos-group-progress',
      brokers,
      logLevel: logLevel.NOTHING,
      connectionTimeout: 1_000,
      requestTimeout: 2_000,
      retry: { retries: 2, initialRetryTime: 100, maxRetryTime: 300 },
    });
    this.done = this.watch();
  }

  /**
   * A fresh look at `group`'s committed offsets, the baseline a later advance is measured from; the last one the
   * watch took if the broker does not answer now.
   */
  async baseline(group: GroupName): Promise<Map<number, bigint>> {
    const fresh = await this.sample(group);
    return (fresh ?? this.samples[group].at(-1))?.committed ?? new Map();
  }

  /**
   * When `group` consumed again after `since` (a `performance.now()` time): the first look, at or after `since`, at
   * which a partition that was waiting (messages beyond the baseline, nothing committed past it) has committed past
   * it, or none is waiting. Not every partition: with a backlog, a member takes its partitions in turns, and a full
   * round is a catch-up, not a restart. Partitions other members kept consuming are not waiting, so with several
   * instances this follows the killed one's partitions. Resolves with that time, or undefined past `deadlineMs`.
   */
  async consumingAgain(
    group: GroupName,
    baseline: Map<number, bigint>,
    since: number,
    deadlineMs: number,
  ): Promise<number | undefined> {
    const deadline = performance.now() + deadlineMs;
    const samples = this.samples[group];
    let seen = samples.findIndex((sample) => sample.at >= since);
    if (seen < 0) seen = samples.length;
    while (performance.now() < deadline) {
      for (; seen < samples.length; seen++) {
        const waitingBefore = seen > 0 ? waiting(samples[seen - 1]!, baseline) : undefined;
        const sample = samples[seen]!;
        const now = waiting(sample, baseline);
        const moved = waitingBefore === undefined || [...waitingBefore].some((p) => !now.has(p));
        if (now.size === 0 || moved) return sample.at;
      }
      if (!this.running) return undefined;
      await delay(100);
    }
    return undefined;
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.done;
    await this.admin?.disconnect().catch(() => undefined);
  }

  private async watch(): Promise<void> {
    while (this.running) {
      for (const group of Object.keys(CONSUMED) as GroupName[]) {
        const sample = await this.sample(group);
        if (sample) this.samples[group].push(sample);
      }
      await delay(250);
    }
  }

  private async sample(group: GroupName): Promise<Sample | undefined> {
    const topic = inNamespace(this.namespace, CONSUMED[group]);
    try {
      this.admin ??= await this.connect();
      const [offsets] = await this.admin.fetchOffsets({ groupId: inNamespace(this.namespace, group), topics: [topic] });
      const high = await this.admin.fetchTopicOffsets(topic);
      return {
        at: performance.now(),
        committed: new Map(offsets!.partitions.map((p) => [p.partition, BigInt(p.offset)])),
        high: new Map(high.map((p) => [p.partition, BigInt(p.high)])),
      };
    } catch {
      // A client that saw the broker go away is replaced: kafkajs's admin does not always find it again.
      const admin = this.admin;
      this.admin = null;
      await admin?.disconnect().catch(() => undefined);
      return undefined;
    }
  }

  private async connect(): Promise<Admin> {
    const admin = this.kafka.admin();
    await admin.connect();
    return admin;
  }
}

/**
 * The partitions with messages beyond the baseline and nothing committed past it (-1: nothing committed yet, the
 * group starts at 0).
 */
function waiting(sample: Sample, baseline: Map<number, bigint>): Set<number> {
  const partitions = new Set<number>();
  for (const [partition, high] of sample.high) {
    const from = baseline.get(partition) ?? -1n;
    const committed = sample.committed.get(partition) ?? -1n;
    if (committed <= from && high > (from < 0n ? 0n : from)) partitions.add(partition);
  }
  return partitions;
}
