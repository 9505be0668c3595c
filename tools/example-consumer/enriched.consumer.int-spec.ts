import { loadConfig } from '@app/config';
import { articleId, TOPICS, type EnrichedArticle } from '@app/contracts';
import { createKafka, ensureTopics, inNamespace, KafkaPublisher } from '@app/messaging';
import { randomBytes } from 'node:crypto';
import { waitFor } from '../../test/support/wait-for.js';
import { mentioning, startEnrichedConsumer } from './enriched.consumer.js';

function article(externalId: string, entityName: string): EnrichedArticle {
  const id = articleId('example', externalId);
  return {
    id,
    source: 'example',
    externalId,
    title: `About ${entityName}`,
    publishedAt: '2026-11-25T10:00:00Z',
    version: 1,
    pubStatus: 'usable',
    text: `${entityName} said so.`,
    lang: 'en',
    receivedAt: '2026-11-25T10:00:01Z',
    processedAt: '2026-11-25T10:00:02Z',
    contentHash: 'a'.repeat(64),
    storyId: id,
    duplicate: 'unique',
    entities: [
      { type: 'LOC', name: entityName, count: 1, mentions: [{ start: 0, end: entityName.length, text: entityName }] },
    ],
    processor: { version: '1', model: 'test' },
    lineage: {
      format: 'json',
      payloadHash: 'b'.repeat(64),
      raw: { topic: TOPICS.rawArticles, partition: 0, offset: '0' },
    },
  };
}

describe('the example downstream consumer against a real broker', () => {
  const settings = { ...loadConfig(process.env).kafka, namespace: `example-${randomBytes(4).toString('hex')}` };
  const kafka = createKafka(settings, 'example-spec', { warn: () => undefined, error: () => undefined });
  const publisher = new KafkaPublisher(kafka, settings);
  const topic = inNamespace(settings.namespace, TOPICS.enrichedArticles);
  const group = inNamespace(settings.namespace, 'example-consumer');

  beforeAll(() => ensureTopics(kafka, settings, [TOPICS.enrichedArticles]), 60_000);
  afterAll(() => publisher.disconnect());

  it('keeps the valid articles that mention the entity, skips the rest, and commits past all of them', async () => {
    const messages = [article('1', 'Москва'), article('2', 'Berlin'), article('3', 'Москва')].map((a) => ({
      key: a.id,
      value: JSON.stringify(a),
    }));
    await publisher.publish(TOPICS.enrichedArticles, [...messages, { key: 'bad', value: '{"id":"not an article"}' }]);

    const kept: string[] = [];
    const skipped: string[] = [];
    const consumer = await startEnrichedConsumer({
      kafka,
      topic,
      groupId: group,
      keep: mentioning('Москва'),
      handle: async (a) => void kept.push(a.externalId),
      invalid: (_, message) => skipped.push(String(message.key)),
    });
    try {
      await waitFor(async () => (await committed()) === 4 || undefined, 'offsets committed past all four messages');
    } finally {
      await consumer.stop();
    }
    // Keyed by article id, the messages spread over partitions: no order across them.
    expect(kept.sort()).toEqual(['1', '3']);
    expect(skipped).toEqual(['bad']);
  }, 90_000);

  /** The group's committed offset summed over the topic's partitions (each is the next offset to read). */
  async function committed(): Promise<number> {
    const admin = kafka.admin();
    await admin.connect();
    try {
      const [offsets] = await admin.fetchOffsets({ groupId: group, topics: [topic] });
      return (offsets?.partitions ?? []).reduce((sum, p) => sum + Math.max(0, Number(p.offset)), 0);
    } finally {
      await admin.disconnect();
    }
  }
});
