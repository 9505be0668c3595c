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
 * Publishes with acks=all and waits for the acknowledgement. A write the broker has not acknowledged within
 * the produce timeout fails with the retryable `BROKER_UNAVAILABLE`, so the intake can answer 503 instead
 * of pretending. (kafkajs keeps retrying an unacknowledged idempotent write in the background; a late
 * success is harmless because article ids make every later stage idempotent.)
 */
export class KafkaPublisher {
  private readonly producer: Producer;
  private connecting: Promise<void> | null = null;

  constructor(
    kafka: Kafka,
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
    const send = async () => {
      await this.connect();
      await this.producer.send({ topic: inNamespace(this.settings.namespace, topic), acks: -1, messages: [...messages] });
    };
    const stopTimer = this.metrics?.produceDuration.startTimer({ topic });
    try {
      await Promise.race([send(), deadline]);
      stopTimer?.();
    } catch (cause) {
      throw new AppError('BROKER_UNAVAILABLE', `Kafka did not acknowledge the write to ${topic}: ${(cause as Error).message}`, { cause });
    } finally {
      clearTimeout(timer);
    }
  }

  async disconnect(): Promise<void> {
    await this.producer.disconnect();
    this.connecting = null;
  }
}
