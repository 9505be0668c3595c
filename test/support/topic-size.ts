import type { AppConfig } from '@app/config';
import { createKafka, inNamespace } from '@app/messaging';
import { waitFor } from './wait-for.js';

/**
 * How many messages a topic of the configured namespace holds (sum of partition high watermarks). A topic the
 * services have only just created can still answer "not the leader for that topic-partition" (a fresh-clone CI
 * run failed on it once, through KafkaJS's own retries), so the question is asked again for up to 10 s.
 */
export async function topicSize(config: AppConfig, topic: string): Promise<number> {
  return waitFor(() => highWatermarks(config, topic), `the offsets of ${topic}`, 10_000);
}

async function highWatermarks(config: AppConfig, topic: string): Promise<number> {
  const kafka = createKafka(config.kafka, 'e2e-probe', { warn: () => undefined, error: () => undefined });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(inNamespace(config.kafka.namespace, topic));
    return offsets.reduce((sum, p) => sum + Number(p.high), 0);
  } finally {
    await admin.disconnect();
  }
}
