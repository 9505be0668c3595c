import { articleId, deadLetterTopicOf, TOPICS } from '@app/contracts';
import { createKafka, inNamespace } from '@app/messaging';
import type { Producer } from 'kafkajs';
import { enrichedArticle } from '../../apps/store/src/write/enriched-article.fixture.js';
import { readTopic, type TopicRecord } from '../../tools/chaos/topic-reader.js';
import { freshNamespace, readAuth, startPipeline, type RunningPipeline } from '../support/pipeline.js';
import { rawArticle as rawArticleOf } from '../support/raw-article.fixture.js';
import { waitForStoredArticle } from '../support/read-api.js';
import { waitFor } from '../support/wait-for.js';

const SOURCE = 'e2e-tass';
type Poison = { name: string; value: Buffer | null; code: string };

const json = (value: unknown) => Buffer.from(JSON.stringify(value));
const rawArticle = (externalId: string, fields: Record<string, unknown> = {}) =>
  rawArticleOf(SOURCE, externalId, fields);

/** Poison common to both topics: bytes no consumer can read. */
function undecodable(prefix: string): Poison[] {
  return [
    { name: `${prefix}-not-json`, value: Buffer.from('this is not json {'), code: 'UNDECODABLE_MESSAGE' },
    {
      name: `${prefix}-invalid-utf8`,
      value: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x22, 0x7d]),
      code: 'UNDECODABLE_MESSAGE',
    },
    { name: `${prefix}-tombstone`, value: null, code: 'UNDECODABLE_MESSAGE' },
    { name: `${prefix}-huge`, value: Buffer.alloc(8 * 1024 * 1024, 0x61), code: 'UNDECODABLE_MESSAGE' },
    { name: `${prefix}-json-array`, value: json([1, 2, 3]), code: 'CONTRACT_VIOLATION' },
    { name: `${prefix}-json-null`, value: Buffer.from('null'), code: 'CONTRACT_VIOLATION' },
    {
      name: `${prefix}-proto-pollution`,
      value: Buffer.from('{"__proto__":{"polluted":true},"id":"x"}'),
      code: 'CONTRACT_VIOLATION',
    },
  ];
}

const RAW_POISON: Poison[] = [
  ...undecodable('raw'),
  {
    name: 'raw-bad-schema',
    value: json({ ...rawArticle('raw-bad-schema'), version: 0, publishedAt: 'вчера' }),
    code: 'CONTRACT_VIOLATION',
  },
  {
    name: 'raw-missing-body',
    value: json({ ...rawArticle('raw-missing-body'), body: undefined }),
    code: 'CONTRACT_VIOLATION',
  },
];

const ENRICHED_POISON: Poison[] = [
  ...undecodable('enriched'),
  {
    name: 'enriched-bad-schema',
    value: json({ ...enrichedArticle({ source: SOURCE, externalId: 'e-bad' }), entities: 'none' }),
    code: 'CONTRACT_VIOLATION',
  },
  // Valid against the contract, refused by PostgreSQL every time: deterministic processing errors.
  {
    name: 'enriched-nul-in-text',
    value: json(enrichedArticle({ source: SOURCE, externalId: 'e-nul', text: 'Текст\u0000с нулём' })),
    code: 'PROCESSING_FAILED',
  },
  {
    name: 'enriched-version-over-int32',
    value: json(enrichedArticle({ source: SOURCE, externalId: 'e-int', version: 2 ** 31 })),
    code: 'PROCESSING_FAILED',
  },
];

describe('poison messages written straight into each topic (real Kafka and PostgreSQL)', () => {
  let pipeline: RunningPipeline;
  let producer: Producer;
  const topic = (name: string) => inNamespace(pipeline.config.kafka.namespace, name);
  const brokers = () => [...pipeline.config.kafka.brokers];

  beforeAll(async () => {
    pipeline = await startPipeline({ KAFKA_NAMESPACE: freshNamespace('e2e-poison'), LOG_LEVEL: 'error' });
    producer = createKafka(pipeline.config.kafka, 'e2e-poison', {
      warn: () => undefined,
      error: () => undefined,
    }).producer();
    await producer.connect();
  }, 90_000);

  afterAll(async () => {
    await producer?.disconnect();
    await pipeline?.close();
  });

  /** Writes the poison, then a good message, all to partition 0 so the good one is queued behind every poison. */
  async function poisonThenGood(name: string, poison: Poison[], good: { key: string; value: Buffer }): Promise<void> {
    const messages = [...poison.map((p) => ({ key: p.name, value: p.value, partition: 0 })), { ...good, partition: 0 }];
    await producer.send({ topic: topic(name), acks: -1, messages });
  }

  async function expectDeadLettered(name: string, poison: Poison[]): Promise<TopicRecord[]> {
    const letters = await waitFor(
      async () => {
        const found = await readTopic(brokers(), topic(deadLetterTopicOf(name)));
        return found.length >= poison.length ? found : undefined;
      },
      `${poison.length} dead letters on ${name}.dlq`,
      60_000,
    );
    const byKey = new Map(letters.map((l) => [l.key, l]));
    for (const p of poison) {
      const letter = byKey.get(p.name);
      expect({ name: p.name, code: letter?.headers['dlq.error.code'] }).toEqual({ name: p.name, code: p.code });
      expect(letter!.headers['dlq.error.reason']?.length).toBeGreaterThan(0);
      expect(letter!.headers['dlq.source.topic']).toBe(topic(name));
      expect(letter!.headers['dlq.source.partition']).toBe('0');
      expect(letter!.headers['dlq.source.offset']).toMatch(/^\d+$/);
      expect(letter!.headers['dlq.consumer.group']).toBeTruthy();
      expect(letter!.value?.equals(p.value ?? Buffer.alloc(0))).toBe(true);
    }
    expect(letters).toHaveLength(poison.length);
    return letters;
  }

  const storedVersion = async (id: string) =>
    (await waitForStoredArticle<{ version: number }>(pipeline.store, id)).version;

  it('dead-letters each poison message on the raw topic with its reason, and the processor carries on', async () => {
    const good = rawArticle('raw-good-after-poison');
    await poisonThenGood(TOPICS.rawArticles, RAW_POISON, { key: good.id, value: json(good) });
    await expectDeadLettered(TOPICS.rawArticles, RAW_POISON);
    expect(await storedVersion(good.id)).toBe(1);
  }, 120_000);

  it('dead-letters each poison message on the enriched topic, deterministic database refusals included, and the store carries on', async () => {
    const good = enrichedArticle({ source: SOURCE, externalId: 'enriched-good-after-poison', version: 3 });
    await poisonThenGood(TOPICS.enrichedArticles, ENRICHED_POISON, { key: good.id, value: json(good) });
    await expectDeadLettered(TOPICS.enrichedArticles, ENRICHED_POISON);
    expect(await storedVersion(good.id)).toBe(3);
    for (const p of ENRICHED_POISON.filter((x) => x.code === 'PROCESSING_FAILED')) {
      expect(
        (
          await fetch(
            `${pipeline.store}/v1/articles/${articleId(SOURCE, p.name === 'enriched-nul-in-text' ? 'e-nul' : 'e-int')}`,
            { headers: readAuth() },
          )
        ).status,
      ).toBe(404);
    }
  }, 120_000);
});
