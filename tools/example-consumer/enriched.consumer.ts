// A downstream consumer to copy: it depends on the contract package and kafkajs only. In another repository,
// import from '@news-pipeline/contracts' (docs/contracts.md says how to install it) instead of '@app/contracts'.
import { parseEnrichedArticle, type EnrichedArticle } from '@app/contracts';
import type { Kafka, KafkaMessage } from 'kafkajs';

export interface EnrichedConsumerOptions {
  kafka: Kafka;
  /** The enriched topic, with the namespace prefix if the pipeline runs with one. */
  topic: string;
  /** A group of the consumer's own: each downstream service reads the whole topic at its own pace. */
  groupId: string;
  /** Which articles to keep; the others are committed and forgotten. */
  keep: (article: EnrichedArticle) => boolean;
  /** What to do with a kept article (print, forward, store); its offset is committed once this resolves. */
  handle: (article: EnrichedArticle) => Promise<void>;
  /** A message that is not a valid enriched article: report it and move on, never stop the partition for it. */
  invalid: (error: Error, message: KafkaMessage) => void;
}

/** Keeps the articles that mention an entity of this name (as the processor canonicalised it). */
export function mentioning(name: string): (article: EnrichedArticle) => boolean {
  return (article) => article.entities.some((entity) => entity.name === name);
}

/**
 * Consumes the enriched topic from the beginning, validating each message with the contract package, and commits
 * each offset only after the message was handled, so a crash re-delivers rather than loses (at least once; an
 * article's `id` makes the handling idempotent).
 */
export async function startEnrichedConsumer(options: EnrichedConsumerOptions): Promise<{ stop(): Promise<void> }> {
  const consumer = options.kafka.consumer({ groupId: options.groupId });
  await consumer.connect();
  await consumer.subscribe({ topic: options.topic, fromBeginning: true });
  await consumer.run({
    autoCommit: false,
    eachMessage: async ({ topic, partition, message }) => {
      const article = parsed(message, options.invalid);
      if (article !== undefined && options.keep(article)) await options.handle(article);
      // The next offset to read, as kafkajs expects a manual commit.
      await consumer.commitOffsets([{ topic, partition, offset: (BigInt(message.offset) + 1n).toString() }]);
    },
  });
  return { stop: () => consumer.disconnect() };
}

function parsed(message: KafkaMessage, invalid: (error: Error, message: KafkaMessage) => void) {
  try {
    return parseEnrichedArticle(message.value);
  } catch (error) {
    invalid(error as Error, message);
    return undefined;
  }
}
