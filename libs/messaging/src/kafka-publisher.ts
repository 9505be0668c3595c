import { AppError } from '@app/errors';
import type { PipelineMetrics } from '@app/observability';
import type { IHeaders, Kafka, Producer } from 'kafkajs';
import { inNamespace, producerOptions, type KafkaSettings } from './kafka-options.js';

/** A message to publish: always keyed, so every version of an article lands on one partition, in order. */
export interface OutboundMessage {
  key: string;
  value: Buffer | string;
  headers?: IHeaders;
}

/**
 * Most bytes of message values in one produce request: the broker refuses a record batch over the topic's
 * `max.message.bytes` (1 MB by default on clusters we did not configure), and keys, headers and record
 * framing add to the values, hence half of it at most.
 */
export function maxChunkBytes(topicMaxMessageBytes: number): number {
  return Math.min(512 * 1024, Math.floor(topicMaxMessageBytes / 2));
}

/**
 * Splits messages into consecutive chunks of at most `maxBytes` of values (a single larger message forms a
 * chunk of its own), so that no produce request exceeds the broker's limit while order is kept.
 */
export function chunkBySize<T extends { value: Buffer | string }>(messages: readonly T[], maxBytes: number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const message of messages) {
    const bytes = Buffer.byteLength(message.value);
    if (current.length > 0 && size + bytes > maxBytes) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(message);
    size += bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Whether kafkajs names one of `types` in the error, or in the error it wraps after retrying. */
function hasErrorType(error: unknown, types: readonly string[]): boolean {
  for (let e = error as { type?: unknown; cause?: unknown; originalError?: unknown } | undefined; e; e = (e.originalError ?? e.cause) as typeof e) {
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
 * Publishes with acks=all and waits for the acknowledgement. A write the broker has not acknowledged within
 * the produce timeout fails with the retryable `BROKER_UNAVAILABLE`, so the intake can answer 503 instead
 * of pretending; a message over the topic's size limit fails with PAYLOAD_TOO_LARGE. (kafkajs keeps retrying an unacknowledged idempotent write in the background; a late
 * success is harmless because article ids make every later stage idempotent.)
 */
export class KafkaPublisher {
  private producer: Producer;
  private connecting: Promise<void> | null = null;

  constructor(
    private readonly kafka: Kafka,
    private readonly settings: KafkaSettings,
    private readonly metrics?: PipelineMetrics,
  ) {
    this.producer = kafka.producer(producerOptions());
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
    const timeoutMs = this.settings.produceTimeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no acknowledgement within ${timeoutMs} ms`)), timeoutMs);
    });
    const producer = this.producer;
    const send = async () => {
      await this.connect();
      // One chunk after another, so that per-partition order holds across chunks.
      for (const chunk of chunkBySize(messages, maxChunkBytes(this.settings.maxMessageBytes))) {
        await producer.send({ topic: inNamespace(this.settings.namespace, topic), acks: -1, messages: chunk });
      }
    };
    const stopTimer = this.metrics?.produceDuration.startTimer({ topic });
    try {
      await Promise.race([send(), deadline]);
      stopTimer?.();
    } catch (cause) {
      // Retrying cannot make a message smaller: not an outage, and never to be retried forever.
      if (hasErrorType(cause, ['MESSAGE_TOO_LARGE'])) throw new AppError('PAYLOAD_TOO_LARGE', `a message for ${topic} is larger than the topic accepts`, { cause });
      if (hasErrorType(cause, DESYNCHRONISED)) this.replaceProducer(producer);
      throw new AppError('BROKER_UNAVAILABLE', `Kafka did not acknowledge the write to ${topic}: ${(cause as Error).message}`, { cause });
    } finally {
      clearTimeout(timer);
    }
  }

  /** A fresh producer (a new producer id) for the next sends, unless a concurrent failure replaced `old` already. */
  private replaceProducer(old: Producer): void {
    if (this.producer !== old) return;
    this.producer = this.kafka.producer(producerOptions());
    this.connecting = null;
    void old.disconnect().catch(() => undefined);
  }

  async disconnect(): Promise<void> {
    await this.producer.disconnect();
    this.connecting = null;
  }
}
