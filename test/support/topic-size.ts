import type { AppConfig } from '@app/config';
import { createKafka, inNamespace } from '@app/messaging';

/** How many messages a topic of the configured namespace holds (sum of partition high watermarks). */
export async function topicSize(config: AppConfig, topic: string): Promise<number> {
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
