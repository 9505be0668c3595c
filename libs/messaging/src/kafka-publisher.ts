import { cloudEventHeaders, isDeadLetterTopic } from '@app/contracts';
import { AppError } from '@app/errors';
import type { PipelineMetrics } from '@app/observability';
import type { Kafka, Producer } from 'kafkajs';
import { COMPRESSION, inNamespace, producerOptions, type KafkaSettings } from './kafka-options.js';
import { maxChunkBytes, recordBytes, type OutboundMessage } from './outbound-message.js';
import { SendQueue, type TopicMessages } from './send-queue.js';

/** Whether kafkajs names one of `types` in the error, or in the error it wraps after retrying. */
function hasErrorType(error: unknown, types: readonly string[]): boolean {
  for (
    let e = error as { type?: unknown; cause?: unknown; originalError?: unknown } | undefined;
    e;
    e = (e.originalError ?? e.cause) as typeof e
  ) {
    if (typeof e.type === 'string' && types.includes(e.type)) return true;
  }
  return false;
}

/**
 * Once the broker and an idempotent kafkajs producer disagree on sequence numbers or the producer id (after a
 * broker restart, or a write abandoned after its bounded retries), every later send fails the same way until
 * the producer is replaced (tulios/kafkajs#598).
 */
const DESYNCHRONISED = ['OUT_OF_ORDER_SEQUENCE_NUMBER', 'UNKNOWN_PRODUCER_ID', 'INVALID_PRODUCER_EPOCH'];

/**
 * Publishes with acks=all and waits for the acknowledgement. Concurrent callers share produce requests
 * ({@link SendQueue}). A write the broker has not acknowledged within the produce timeout fails with the
 * retryable `BROKER_UNAVAILABLE`, so the intake can answer 503 instead of pretending; a message over the
 * topic's size limit fails with PAYLOAD_TOO_LARGE. (kafkajs keeps retrying an unacknowledged idempotent
 * write in the background; a late success is harmless because article ids make every later stage
 * idempotent. A write still waiting for a request when its caller gives up is withdrawn, never sent.)
 */
export class KafkaPublisher {
  private producer: Producer;
  private connecting: Promise<void> | null = null;
  private readonly queue: SendQueue;
  private readonly unwatchQueue: () => void;

  constructor(
    private readonly kafka: Kafka,
    private readonly settings: KafkaSettings,
    private readonly metrics?: PipelineMetrics,
    /** The CloudEvents `source` of what this publisher sends: `/news-pipeline/<service>`. */
    private readonly source = '/news-pipeline',
  ) {
    this.producer = kafka.producer(producerOptions());
    this.queue = new SendQueue(
      (batch) => this.sendNow(batch),
      maxChunkBytes(settings.maxMessageBytes),
      (error) => hasErrorType(error, ['MESSAGE_TOO_LARGE']),
    );
    this.unwatchQueue = metrics?.watchProduceQueue(() => this.queue.depth) ?? (() => undefined);
  }

  /** Connects once; safe to call concurrently and again after a failed attempt. */
  connect(): Promise<void> {
    this.connecting ??= this.producer.connect().catch((error: unknown) => {
      this.connecting = null;
      throw error;
    });
    return this.connecting;
  }

  async publish(topic: string, messages: readonly OutboundMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const outbound = this.asCloudEvents(topic, messages);
    // The broker applies its limit to compressed batches, so a message of repetitive text far over the limit
    // would pass it; the limit is the topic's for one message as its consumers will read it, whatever the codec.
    if (outbound.some((m) => recordBytes(m) > this.settings.maxMessageBytes))
      throw new AppError('PAYLOAD_TOO_LARGE', `a message for ${topic} is larger than the topic accepts`);
    const timeoutMs = this.settings.produceTimeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no acknowledgement within ${timeoutMs} ms`)), timeoutMs);
    });
    const stopTimer = this.metrics?.produceDuration.startTimer({ topic });
    const pending = this.queue.submit(inNamespace(this.settings.namespace, topic), outbound);
    try {
      await Promise.race([pending.acknowledged, deadline]);
      stopTimer?.();
    } catch (cause) {
      pending.withdraw();
      pending.acknowledged.catch(() => undefined);
      // Retrying cannot make a message smaller: not an outage, and never to be retried forever.
      if (hasErrorType(cause, ['MESSAGE_TOO_LARGE']))
        throw new AppError('PAYLOAD_TOO_LARGE', `a message for ${topic} is larger than the topic accepts`, { cause });
      throw new AppError(
        'BROKER_UNAVAILABLE',
        `Kafka did not acknowledge the write to ${topic}: ${(cause as Error).message}`,
        { cause },
      );
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Each message with its CloudEvents headers (binary mode: the value stays the bare JSON). A dead letter is left
   * as it is: it keeps the headers of the event it failed to deliver, and its value may not be JSON at all.
   */
  private asCloudEvents(topic: string, messages: readonly OutboundMessage[]): readonly OutboundMessage[] {
    if (isDeadLetterTopic(topic)) return messages;
    const now = new Date();
    return messages.map((m) => ({ ...m, headers: { ...cloudEventHeaders(topic, this.source, now), ...m.headers } }));
  }

  /** One produce request through the current producer; replaces the producer when the broker lost track of it. */
  private async sendNow(topicMessages: TopicMessages[]): Promise<void> {
    await this.connect();
    const producer = this.producer;
    try {
      await producer.sendBatch({ topicMessages, acks: -1, compression: COMPRESSION });
    } catch (error) {
      if (hasErrorType(error, DESYNCHRONISED)) this.replaceProducer(producer);
      throw error;
    }
  }

  /** A fresh producer (a new producer id) for the next sends, unless a concurrent failure replaced `old` already. */
  private replaceProducer(old: Producer): void {
    if (this.producer !== old) return;
    this.producer = this.kafka.producer(producerOptions());
    this.connecting = null;
    void old.disconnect().catch(() => undefined);
  }

  /** Closes the producer and takes this publisher's queue out of `kafka_produce_queue_depth`. */
  async disconnect(): Promise<void> {
    this.unwatchQueue();
    await this.producer.disconnect();
    this.connecting = null;
  }
}
