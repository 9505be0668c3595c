import { randomBytes } from 'node:crypto';
import { fixRequestQueueTimer, registerZstdCodec } from '@app/messaging';
import { Kafka, logLevel, type IHeaders } from 'kafkajs';

// kafkajs 2.2.4 arms a 1 ms timer loop per idle connection (see libs/messaging request-queue.fix.ts).
fixRequestQueueTimer();

/** One record of a topic, its headers decoded as UTF-8. */
export interface TopicRecord {
  key: string | null;
  value: Buffer | null;
  headers: Record<string, string>;
}

function kafkaFor(brokers: string[]): Kafka {
  // The pipeline's topics are zstd-compressed.
  registerZstdCodec();
  return new Kafka({ clientId: 'chaos-probe', brokers, logLevel: logLevel.NOTHING, retry: { retries: 3 } });
}

/** How many records `topic` holds (sum of its partitions' high watermarks); 0 when it does not exist. */
export async function topicSize(brokers: string[], topic: string): Promise<number> {
  const admin = kafkaFor(brokers).admin();
  await admin.connect();
  try {
    const topics = await admin.listTopics();
    if (!topics.includes(topic)) return 0;
    return (await admin.fetchTopicOffsets(topic)).reduce((sum, p) => sum + Number(p.high), 0);
  } finally {
    await admin.disconnect();
  }
}

function decodeHeaders(headers: IHeaders | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers ?? {}).map(([k, v]) => [k, Array.isArray(v) ? String(v[0]) : String(v ?? '')]),
  );
}

/** Every record of `topic` from the beginning (a throw-away consumer group), e.g. a dead-letter topic. */
export async function readTopic(brokers: string[], topic: string, deadlineMs = 30_000): Promise<TopicRecord[]> {
  const expected = await topicSize(brokers, topic);
  if (expected === 0) return [];
  const consumer = kafkaFor(brokers).consumer({ groupId: `chaos-reader-${randomBytes(4).toString('hex')}` });
  const records: TopicRecord[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) =>
        void records.push({
          key: message.key?.toString('utf8') ?? null,
          value: message.value,
          headers: decodeHeaders(message.headers),
        }),
    });
    const deadline = Date.now() + deadlineMs;
    while (records.length < expected && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    return records;
  } finally {
    await consumer.disconnect();
  }
}
