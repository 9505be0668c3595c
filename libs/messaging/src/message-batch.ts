import type { IHeaders } from 'kafkajs';
import { isRetryable } from './failure-policy.js';

/** One consumed record, as the handler sees it: original bytes plus where it came from. */
export interface InboundMessage {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: Buffer | null;
  readonly value: Buffer | null;
  readonly headers: IHeaders;
  readonly timestamp: string;
}

export interface Parsed<T> {
  readonly value: T;
  readonly origin: InboundMessage;
}

export interface Rejection {
  readonly message: InboundMessage;
  readonly error: unknown;
}

/**
 * What a Kafka handler receives. `parse` returns the messages that match the contract and records the
 * rest, which the consumer sends to the dead-letter topic before it commits the batch.
 *
 * @example
 * const articles = batch.parse(parseRawArticle);
 */
export class MessageBatch {
  private readonly rejections: Rejection[] = [];

  /** `keepAlive` is the consumer's: it heartbeats, and throws to abandon the batch when the consumer stops. */
  constructor(
    readonly messages: readonly InboundMessage[],
    private readonly alive: () => Promise<void> = async () => undefined,
  ) {}

  /**
   * Tells the group this member is still working: a handler that works through its batch synchronously awaits it
   * between messages, or the group would take its partitions after the session timeout and the batch would be
   * handled twice. Cheap (the heartbeat goes out at most every few seconds). It rejects, abandoning the batch
   * uncommitted, when the consumer is stopping or has lost the batch's partition.
   */
  keepAlive(): Promise<void> {
    return this.alive();
  }

  parse<T>(parser: (bytes: Buffer | null) => T): Parsed<T>[] {
    const parsed: Parsed<T>[] = [];
    for (const origin of this.messages) {
      try {
        parsed.push({ value: parser(origin.value), origin });
      } catch (error) {
        if (isRetryable(error) === true) throw error;
        this.rejections.push({ message: origin, error });
      }
    }
    return parsed;
  }

  get rejected(): readonly Rejection[] {
    return this.rejections;
  }
}
