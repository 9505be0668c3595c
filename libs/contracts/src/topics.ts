/**
 * Every Kafka topic of the pipeline, declared once, each with its contract version in the name.
 * A breaking change to a message schema gets a new topic (`…v2`), never an in-place change.
 */
export const TOPICS = {
  rawArticles: 'news.articles.raw.v1',
  enrichedArticles: 'news.articles.enriched.v1',
} as const;

export type TopicName = (typeof TOPICS)[keyof typeof TOPICS];

/** The dead-letter topic of a source topic: same name, `.dlq` suffix. */
export function deadLetterTopicOf(topic: string): string {
  return `${topic}.dlq`;
}

/** Whether `topic` is a dead-letter topic. */
export function isDeadLetterTopic(topic: string): boolean {
  return topic.endsWith('.dlq');
}

/** Every topic the pipeline needs, dead-letter topics included, in creation order. */
export function allTopics(): string[] {
  return Object.values(TOPICS).flatMap((topic) => [topic, deadLetterTopicOf(topic)]);
}
