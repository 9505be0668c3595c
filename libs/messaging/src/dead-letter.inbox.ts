import { randomBytes } from 'node:crypto';
import type { Consumer, IHeaders, Kafka, KafkaMessage } from 'kafkajs';
import { DEAD_LETTER_HEADERS } from './dead-letter.js';
import { inNamespace, type KafkaSettings } from './kafka-options.js';
import type { KafkaPublisher } from './kafka-publisher.js';

/** A dead letter as an operator sees it: where it failed, why, and the original it carries. */
export interface DeadLetter {
  /** The topic the original was consumed from, and the letter's own place on `<topic>.dlq`. */
  sourceTopic: string;
  partition: number;
  offset: string;
  key: string | null;
  code: string;
  reason: string;
  source: { partition: number | null; offset: string | null; group: string | null };
  failedAt: string | null;
  /** The original value as UTF-8 text (empty when it was too large to carry, see `valueOmittedBytes`). */
  value: string;
  valueOmittedBytes: number | null;
  redrivenAt: string | null;
}

/** Header added to a re-driven message, naming the letter it came from. */
export const REDRIVEN_FROM_HEADER = 'dlq.redriven.from';

const DLQ_HEADER_NAMES = new Set<string>([...Object.values(DEAD_LETTER_HEADERS), REDRIVEN_FROM_HEADER]);

function text(headers: IHeaders | undefined, name: string): string | null {
  const value = headers?.[name];
  if (value === undefined) return null;
  return (Array.isArray(value) ? value[0] : value)?.toString() ?? null;
}

function toLetter(sourceTopic: string, partition: number, message: KafkaMessage): DeadLetter {
  const h = message.headers;
  const sourcePartition = text(h, DEAD_LETTER_HEADERS.partition);
  const omitted = text(h, DEAD_LETTER_HEADERS.valueOmitted);
  return {
    sourceTopic,
    partition,
    offset: message.offset,
    key: message.key?.toString() ?? null,
    code: text(h, DEAD_LETTER_HEADERS.code) ?? 'UNKNOWN',
    reason: text(h, DEAD_LETTER_HEADERS.reason) ?? '',
    source: {
      partition: sourcePartition === null ? null : Number(sourcePartition),
      offset: text(h, DEAD_LETTER_HEADERS.offset),
      group: text(h, DEAD_LETTER_HEADERS.group),
    },
    failedAt: text(h, DEAD_LETTER_HEADERS.failedAt),
    value: message.value?.toString('utf8') ?? '',
    valueOmittedBytes: omitted === null ? null : Number(omitted),
    redrivenAt: null,
  };
}

/**
 * The dead letters of the pipeline's topics, read from their `.dlq` topics, and the way back: re-driving a letter
 * publishes its original (or an operator's fixed copy) to the topic it failed on, with its key and headers, so
 * it takes the normal path again. Downstream writes are idempotent by article id, so a re-drive never stores an
 * article twice. Reads from the beginning in a group of its own that commits nothing, and keeps the newest
 * `keep` letters of each topic in memory (the `.dlq` topic itself is the record).
 */
export class DeadLetterInbox {
  private readonly letters = new Map<string, Kept[]>();
  private consumer: Consumer | null = null;

  constructor(
    private readonly kafka: Kafka,
    private readonly settings: KafkaSettings,
    private readonly publisher: KafkaPublisher,
    /** The source topics (without namespace), e.g. `TOPICS.rawArticles`. */
    private readonly topics: readonly string[],
    private readonly keep = 1_000,
  ) {
    for (const topic of topics) this.letters.set(topic, []);
  }

  private dlqOf(topic: string): string {
    return inNamespace(this.settings.namespace, `${topic}.dlq`);
  }

  async start(): Promise<void> {
    const group = inNamespace(this.settings.namespace, `dead-letter-inbox-${randomBytes(4).toString('hex')}`);
    const consumer = this.kafka.consumer({ groupId: group, allowAutoTopicCreation: false });
    this.consumer = consumer;
    await consumer.connect();
    await consumer.subscribe({ topics: this.topics.map((t) => this.dlqOf(t)), fromBeginning: true });
    const byDlq = new Map(this.topics.map((t) => [this.dlqOf(t), t]));
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ topic, partition, message }) => {
        this.read.set(`${topic}:${partition}`, BigInt(message.offset));
        const sourceTopic = byDlq.get(topic);
        if (sourceTopic !== undefined)
          this.remember({ letter: toLetter(sourceTopic, partition, message), headers: message.headers ?? {} });
      },
    });
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
    this.consumer = null;
  }

  /**
   * Resolves once every letter on the `.dlq` topics when called has been read (a CLI acts on what it has seen
   * only after that); fails after `timeoutMs`.
   */
  async caughtUp(timeoutMs = 30_000): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const targets = await Promise.all(
        this.topics.map(async (t) => ({ topic: this.dlqOf(t), offsets: await admin.fetchTopicOffsets(this.dlqOf(t)) })),
      );
      const deadline = Date.now() + timeoutMs;
      const done = () =>
        targets.every(({ topic, offsets }) =>
          offsets.every(
            (o) =>
              BigInt(o.high) <= BigInt(o.low) ||
              (this.read.get(`${topic}:${o.partition}`) ?? -1n) >= BigInt(o.high) - 1n,
          ),
        );
      while (!done()) {
        if (Date.now() > deadline) throw new Error(`the dead-letter topics were not read within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await admin.disconnect();
    }
  }

  private readonly read = new Map<string, bigint>();

  private remember(entry: Kept): void {
    const kept = this.letters.get(entry.letter.sourceTopic)!;
    kept.push(entry);
    if (kept.length > this.keep) kept.splice(0, kept.length - this.keep);
  }

  /** The letters of one source topic, newest first, optionally only those of one error code. */
  list(sourceTopic: string, code?: string): DeadLetter[] {
    const kept = this.letters.get(sourceTopic) ?? [];
    return kept
      .map((k) => k.letter)
      .filter((l) => code === undefined || l.code === code)
      .reverse();
  }

  find(sourceTopic: string, partition: number, offset: string): DeadLetter | undefined {
    return this.entry(sourceTopic, partition, offset)?.letter;
  }

  private entry(sourceTopic: string, partition: number, offset: string): Kept | undefined {
    return this.letters.get(sourceTopic)?.find((k) => k.letter.partition === partition && k.letter.offset === offset);
  }

  /** Publishes the letter's original (or `replacement`) to its source topic; false when its value was not kept. */
  async redrive(letter: DeadLetter, replacement?: string): Promise<boolean> {
    const value = replacement ?? letter.value;
    if (replacement === undefined && letter.valueOmittedBytes !== null) return false;
    const original = this.originalHeaders(letter);
    await this.publisher.publish(letter.sourceTopic, [
      {
        key: letter.key ?? `${letter.sourceTopic}:${letter.partition}:${letter.offset}`,
        value,
        headers: {
          ...original,
          [REDRIVEN_FROM_HEADER]: `${this.dlqOf(letter.sourceTopic)}:${letter.partition}:${letter.offset}`,
        },
      },
    ]);
    letter.redrivenAt = new Date().toISOString();
    return true;
  }

  /** The original message's headers (trace context and the like), without the dead-letter ones. */
  private originalHeaders(letter: DeadLetter): IHeaders {
    const headers = this.entry(letter.sourceTopic, letter.partition, letter.offset)?.headers ?? {};
    return Object.fromEntries(Object.entries(headers).filter(([name]) => !DLQ_HEADER_NAMES.has(name)));
  }
}

interface Kept {
  letter: DeadLetter;
  headers: IHeaders;
}
