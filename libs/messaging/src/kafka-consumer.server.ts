import { deadLetterTopicOf } from '@app/contracts';
import { AppError } from '@app/errors';
import type { PipelineMetrics } from '@app/observability';
import type { LoggerService } from '@nestjs/common';
import { BaseRpcContext, type CustomTransportStrategy, Server } from '@nestjs/microservices';
import type { Batch, Consumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import { lastValueFrom } from 'rxjs';
import { toDeadLetter, withoutValue } from './dead-letter.js';
import { backoffMs, errorCodeOf, failureJudge } from './failure-policy.js';
import { traceConsumer } from './consumer-trace.js';
import { consumerOptions, heartbeatIntervalMs, inNamespace, type KafkaSettings } from './kafka-options.js';
import type { KafkaPublisher } from './kafka-publisher.js';
import { MessageBatch, type InboundMessage, type Rejection } from './message-batch.js';
import type { OutboundMessage } from './outbound-message.js';
import { FormerMembers } from './stale-members.js';

export interface KafkaConsumerServerOptions {
  kafka: Kafka;
  publisher: KafkaPublisher;
  settings: KafkaSettings;
  group: string;
  logger: LoggerService;
  metrics?: PipelineMetrics;
  /**
   * The Kafka client's id, when it carries the process's instance key (`instanceKey`): the first join then evicts
   * the members a predecessor in the same place left in the group, instead of waiting out their session.
   */
  clientId?: string;
}

/** A joining attempt is cheap, and a broker back after a long outage should have its consumers within a second. */
const MAX_RESTART_MS = 1_000;

/** Raised to abandon a batch (uncommitted, so it is redelivered) when the consumer stops or loses the partition. */
class ConsumerStopping extends Error {}

interface BatchControl {
  isActive(): boolean;
  heartbeat(): Promise<void>;
}

/**
 * A Nest transport that consumes Kafka in batches and owns the failure policy, so handlers stay
 * "parse, delegate, await". Handlers are `@EventPattern(topic)` methods receiving a `MessageBatch`.
 *
 * - A batch's offsets are committed (`offset + 1`) only after its handler resolved and its dead letters
 *   were written: a crash anywhere redelivers, it never skips.
 * - Transient failures (broker or database down) are retried with backoff, without limit.
 * - A deterministic failure is bisected down to the one message that causes it, which goes to the
 *   dead-letter topic with its original bytes and reason headers; its neighbours are processed normally.
 */
export class KafkaConsumerServer extends Server implements CustomTransportStrategy {
  private consumer: Consumer | null = null;
  /** Partitions assigned at the last join, per topic; null while not a member of the group. */
  private assignment: Record<string, number[]> | null = null;
  private closing = false;
  private restartTimer: NodeJS.Timeout | undefined;
  /**
   * A consumer that crashed (the broker went away, say) left its member in the group, where Kafka keeps it until its
   * session times out, across a broker restart too; so does a predecessor killed with SIGKILL. The rebalance the new
   * consumer's join starts would wait for them all that time. They are certainly dead: each join evicts them first.
   */
  private readonly formerMembers: FormerMembers;

  constructor(private readonly options: KafkaConsumerServerOptions) {
    super();
    const { kafka, settings, group, logger, clientId } = options;
    this.formerMembers = new FormerMembers(kafka, inNamespace(settings.namespace, group), logger, clientId);
  }

  /** The partitions this member holds, per topic, or null while it is not in its group; readiness reports it. */
  get assignedPartitions(): Readonly<Record<string, number[]>> | null {
    return this.assignment;
  }

  /** Never fails the service's start-up: a broker that is down is retried in the background. */
  listen(callback: (error?: unknown) => void): void {
    this.startWithRetry(1);
    callback();
  }

  async close(): Promise<void> {
    this.closing = true;
    clearTimeout(this.restartTimer);
    await this.consumer?.disconnect();
    this.consumer = null;
    this.assignment = null;
  }

  on(): never {
    throw new Error('KafkaConsumerServer does not emit events');
  }

  unwrap<T>(): T {
    return this.consumer as T;
  }

  private startWithRetry(attempt: number): void {
    if (this.closing) return;
    this.start().catch(async (error: unknown) => {
      this.options.logger.warn(
        `consumer ${this.options.group} not started (attempt ${attempt}): ${(error as Error).message}`,
      );
      await this.consumer?.disconnect().catch(() => undefined);
      this.restartTimer = setTimeout(
        () => this.startWithRetry(attempt + 1),
        Math.min(MAX_RESTART_MS, backoffMs(attempt)),
      );
    });
  }

  private async start(): Promise<void> {
    const { kafka, settings, group } = this.options;
    await this.formerMembers.evict();
    if (this.closing) return;
    const consumer = kafka.consumer(consumerOptions(settings, group));
    this.consumer = consumer;
    traceConsumer(consumer, group, this.options.logger);
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
      this.formerMembers.add(payload.memberId);
      this.assignment = { ...payload.memberAssignment };
    });
    // kafkajs does not restart a crashed consumer (see consumerOptions): this server does, evicting its member first.
    consumer.on(consumer.events.CRASH, () => {
      this.assignment = null;
      this.startWithRetry(1);
    });
    await consumer.connect();
    for (const pattern of this.messageHandlers.keys()) {
      // A new group starts at the beginning: messages published before the first start are not lost.
      await consumer.subscribe({ topic: inNamespace(settings.namespace, pattern), fromBeginning: true });
    }
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: settings.partitionsConsumedConcurrently,
      eachBatch: (payload) => this.consumeBatch(payload),
    });
  }

  private patternOf(topic: string): string {
    const prefix = inNamespace(this.options.settings.namespace, '');
    return topic.startsWith(prefix) ? topic.slice(prefix.length) : topic;
  }

  /**
   * Handles a batch with heartbeats on a timer as well: kafkajs heartbeats only when asked, and a slow database write
   * on a loaded machine outlasted the session timeout between two asks, so the coordinator evicted a live member (seen
   * in the chaos run at a load of 36 on 2 cores). A failed timer heartbeat is ignored: the handler's own next
   * heartbeat sees the same answer and abandons the batch if the group is rebalancing.
   */
  private async consumeBatch(payload: EachBatchPayload): Promise<void> {
    const timer = setInterval(
      () => void payload.heartbeat().catch(() => undefined),
      heartbeatIntervalMs(this.options.settings),
    );
    try {
      await this.consumeChunks(payload);
    } finally {
      clearInterval(timer);
    }
  }

  private async consumeChunks({
    batch,
    resolveOffset,
    heartbeat,
    isRunning,
    isStale,
    commitOffsetsIfNecessary,
  }: EachBatchPayload): Promise<void> {
    const control: BatchControl = { isActive: () => isRunning() && !isStale(), heartbeat };
    const size = this.options.settings.consumerBatchSize;
    for (let i = 0; i < batch.messages.length; i += size) {
      if (!control.isActive()) return;
      const chunk = batch.messages.slice(i, i + size);
      const metrics = this.options.metrics;
      metrics?.consumed.inc({ topic: batch.topic }, chunk.length);
      metrics?.batchMessages.observe({ topic: batch.topic }, chunk.length);
      const stopBatch = metrics?.batchDuration.startTimer({ topic: batch.topic });
      try {
        await this.deliver(
          this.patternOf(batch.topic),
          chunk.map((m) => toInbound(batch, m)),
          control,
        );
      } catch (error) {
        if (error instanceof ConsumerStopping) return;
        throw error;
      }
      stopBatch?.();
      const last = chunk[chunk.length - 1]!.offset;
      const next = (BigInt(last) + 1n).toString();
      const stopCommit = metrics?.offsetCommitDuration.startTimer({ topic: batch.topic });
      // Once the consumer is stopping, kafkajs's commitOffsets returns without committing (and without an error),
      // so the chunk just handled would come back after the restart: the batch's own commit still goes through.
      if (isRunning())
        await this.consumer!.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: next }]);
      else
        await commitOffsetsIfNecessary({
          topics: [{ topic: batch.topic, partitions: [{ partition: batch.partition, offset: next }] }],
        });
      stopCommit?.();
      resolveOffset(last);
      this.recordProgress(batch, last, chunk.length);
      await heartbeat();
    }
  }

  private recordProgress(batch: Batch, lastOffset: string, count: number): void {
    const metrics = this.options.metrics;
    if (!metrics) return;
    metrics.processed.inc({ topic: batch.topic }, count);
    const lag = Number(BigInt(batch.highWatermark) - BigInt(lastOffset) - 1n);
    metrics.consumerLag.set({ topic: batch.topic, partition: String(batch.partition) }, Math.max(0, lag));
  }

  private async deliver(pattern: string, messages: InboundMessage[], control: BatchControl): Promise<void> {
    const judge = failureJudge();
    for (let attempt = 1; ; attempt++) {
      const batch = new MessageBatch(messages, () => this.keepAlive(control));
      try {
        await this.invoke(pattern, batch);
        await this.deadLetter(pattern, batch.rejected, control);
        return;
      } catch (error) {
        if (error instanceof ConsumerStopping) throw error;
        if (judge(error) === 'retry') {
          this.warnRetry(messages, error, attempt);
          await this.pause(backoffMs(attempt), control);
          continue;
        }
        if (messages.length === 1) return this.deadLetter(pattern, [{ message: messages[0]!, error }], control);
        const middle = Math.ceil(messages.length / 2);
        await this.deliver(pattern, messages.slice(0, middle), control);
        return this.deliver(pattern, messages.slice(middle), control);
      }
    }
  }

  private async invoke(pattern: string, batch: MessageBatch): Promise<void> {
    const handler = this.getHandlerByPattern(pattern);
    if (!handler) throw new Error(`no handler for topic pattern ${pattern}`);
    const result = await handler(batch, new BaseRpcContext([pattern]));
    await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
  }

  private async deadLetter(pattern: string, rejections: readonly Rejection[], control: BatchControl): Promise<void> {
    if (rejections.length === 0) return;
    const group = inNamespace(this.options.settings.namespace, this.options.group);
    const letters = rejections.map(({ message, error }) => toDeadLetter(message, error, group));
    for (const { message, error } of rejections) {
      this.options.metrics?.deadLettered.inc({ topic: message.topic, reason: errorCodeOf(error) });
      this.options.logger.warn(
        `dead-lettered ${message.topic}[${message.partition}]@${message.offset}: ${errorCodeOf(error)} ${String((error as Error).message ?? error)}`,
      );
    }
    const topic = deadLetterTopicOf(pattern);
    const messages = rejections.map((r) => r.message);
    if (await this.publishLetters(topic, letters, messages, control)) return;
    // One of them does not fit the dead-letter topic: one by one, and such a one without its original value.
    for (const [i, letter] of letters.entries()) {
      if (await this.publishLetters(topic, [letter], [messages[i]!], control)) continue;
      if (await this.publishLetters(topic, [withoutValue(letter)], [messages[i]!], control)) continue;
      const { topic: from, partition, offset } = messages[i]!;
      this.options.logger.error(
        `no dead letter fits for ${from}[${partition}]@${offset}, even without its value; it stays on ${from} only`,
      );
    }
  }

  /** Publishes dead letters, retrying transient failures for as long as they last; false when one is too large. */
  private async publishLetters(
    topic: string,
    letters: OutboundMessage[],
    messages: InboundMessage[],
    control: BatchControl,
  ): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.options.publisher.publish(topic, letters);
        return true;
      } catch (error) {
        if (error instanceof AppError && error.code === 'PAYLOAD_TOO_LARGE') return false;
        this.warnRetry(messages, error, attempt);
        await this.pause(backoffMs(attempt), control);
      }
    }
  }

  /**
   * Waits between attempts, heartbeating so the group keeps this member. When the heartbeat says the group is
   * rebalancing or has dropped this member, the batch is abandoned (uncommitted) and the error goes to kafkajs,
   * which rejoins: a member that kept on retrying would hold up the whole group until its rebalance timeout, then
   * be evicted while still handling the batch its partition's new owner is handling too.
   */
  private async pause(ms: number, control: BatchControl): Promise<void> {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      if (!control.isActive()) throw new ConsumerStopping();
      await new Promise((resolve) => setTimeout(resolve, Math.min(1_000, until - Date.now())));
      await control.heartbeat().catch((error: unknown) => {
        if (losesMembership(error)) throw error;
      });
    }
  }

  /** A heartbeat for a handler's long work; a lost membership or a stop abandons the batch like `pause` does. */
  private async keepAlive(control: BatchControl): Promise<void> {
    if (!control.isActive()) throw new ConsumerStopping();
    await control.heartbeat().catch((error: unknown) => {
      if (losesMembership(error)) throw new ConsumerStopping();
    });
  }

  private warnRetry(messages: readonly InboundMessage[], error: unknown, attempt: number): void {
    const first = messages[0]!;
    const where = `${first.topic}[${first.partition}]@${first.offset}+${messages.length}`;
    this.options.logger.warn(
      `retrying ${where} (attempt ${attempt}): ${errorCodeOf(error)} ${String((error as Error)?.message ?? error)}`,
    );
  }
}

/** kafkajs's heartbeat errors that mean the group is moving on without this member's current batch. */
function losesMembership(error: unknown): boolean {
  const type = (error as { type?: unknown } | null)?.type;
  return (
    type === 'REBALANCE_IN_PROGRESS' ||
    type === 'ILLEGAL_GENERATION' ||
    type === 'UNKNOWN_MEMBER_ID' ||
    type === 'NOT_COORDINATOR_FOR_GROUP'
  );
}

function toInbound(batch: Batch, message: KafkaMessage): InboundMessage {
  return {
    topic: batch.topic,
    partition: batch.partition,
    offset: message.offset,
    key: message.key,
    value: message.value,
    headers: message.headers ?? {},
    timestamp: message.timestamp,
  };
}
