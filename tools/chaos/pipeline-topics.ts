import { fixRequestQueueTimer } from '@app/messaging';
import { deadLetterTopicOf, TOPICS } from '@app/contracts';
import { Kafka, logLevel } from 'kafkajs';
import { readTopic, topicSize } from './topic-reader.js';

// kafkajs 2.2.4 arms a 1 ms timer loop per idle connection (see libs/messaging request-queue.fix.ts).
fixRequestQueueTimer();

/** Records on the run's topics, and what its dead-letter topics say. */
export interface TopicCounts {
  raw: number;
  enriched: number;
  poisonInjected: number;
  /** Dead letters of injected poison, counted once per poisoned offset (a crash may dead-letter one twice). */
  poisonDeadLettered: number;
  /** Dead letters of anything else: valid articles that should have been stored. */
  otherDeadLetters: number;
  deadLetterRecords: number;
  deadLetterCodes: Record<string, number>;
}

const POISON_KEY = 'chaos-poison';
const POISON: Buffer[] = [
  Buffer.from('not json at all {'),
  Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
  Buffer.from('{"id":"not-a-uuid","title":42}'),
];

const topicOf = (namespace: string, topic: string) => (namespace ? `${namespace}.${topic}` : topic);

/**
 * Writes a few poison messages (not JSON, invalid UTF-8, against the contract) straight into the raw topic, so
 * the run also shows that bad input is dead-lettered and only bad input is.
 */
export async function injectPoison(brokers: string[], namespace: string): Promise<number> {
  const producer = new Kafka({ clientId: 'chaos-poison', brokers, logLevel: logLevel.NOTHING }).producer();
  await producer.connect();
  try {
    await producer.send({
      topic: topicOf(namespace, TOPICS.rawArticles),
      acks: -1,
      messages: POISON.map((value) => ({ key: POISON_KEY, value })),
    });
  } finally {
    await producer.disconnect();
  }
  return POISON.length;
}

export async function pipelineTopics(
  brokers: string[],
  namespace: string,
  poisonInjected: number,
): Promise<TopicCounts> {
  const letters = [
    ...(await readTopic(brokers, topicOf(namespace, deadLetterTopicOf(TOPICS.rawArticles)))),
    ...(await readTopic(brokers, topicOf(namespace, deadLetterTopicOf(TOPICS.enrichedArticles)))),
  ];
  const codes: Record<string, number> = {};
  const poisoned = new Set<string>();
  let other = 0;
  for (const letter of letters) {
    const code = letter.headers['dlq.error.code'] ?? '(no code)';
    codes[code] = (codes[code] ?? 0) + 1;
    if (letter.key === POISON_KEY)
      poisoned.add(`${letter.headers['dlq.source.partition']}@${letter.headers['dlq.source.offset']}`);
    else other++;
  }
  return {
    raw: await topicSize(brokers, topicOf(namespace, TOPICS.rawArticles)),
    enriched: await topicSize(brokers, topicOf(namespace, TOPICS.enrichedArticles)),
    poisonInjected,
    poisonDeadLettered: poisoned.size,
    otherDeadLetters: other,
    deadLetterRecords: letters.length,
    deadLetterCodes: codes,
  };
}
