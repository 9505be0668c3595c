import { articleId, TOPICS } from '@app/contracts';
import { createKafka, inNamespace } from '@app/messaging';
import type { RunningPipeline } from './pipeline.js';

/** A valid raw-topic message for `source`/`externalId`; `fields` override or break any part of it. */
export function rawArticle(source: string, externalId: string, fields: Record<string, unknown> = {}) {
  return {
    id: articleId(source, externalId),
    source,
    externalId,
    version: 1,
    pubStatus: 'usable',
    title: 'Заголовок',
    body: '<p>Текст статьи.</p>',
    publishedAt: '2026-11-25T10:00:00+03:00',
    receivedAt: '2026-11-25T07:00:01.000Z',
    lineage: { format: 'native-json', payloadHash: 'b'.repeat(64) },
    ...fields,
  };
}

/** Writes messages straight to the pipeline's raw topic, past the intake (how poison gets there in a test). */
export async function sendToRawTopic(
  pipeline: RunningPipeline,
  clientId: string,
  messages: { key: string; value: string | Buffer | null }[],
): Promise<void> {
  const kafka = createKafka(pipeline.config.kafka, clientId, { warn: () => undefined, error: () => undefined });
  const producer = kafka.producer();
  await producer.connect();
  try {
    await producer.send({ topic: inNamespace(pipeline.config.kafka.namespace, TOPICS.rawArticles), messages });
  } finally {
    await producer.disconnect();
  }
}
