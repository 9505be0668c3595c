import { deadLetterTopicOf, TOPICS, type ContractName } from '@app/contracts';
import { createKafka, inNamespace } from '@app/messaging';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { readMessages } from '../support/consumer-service.js';
import { authFor, freshNamespace, startPipeline, type RunningPipeline } from '../support/pipeline.js';

/** The committed JSON Schemas, as a consumer in another language would read them; zod is not involved. */
const published = (name: ContractName) =>
  JSON.parse(readFileSync(new URL(`../../libs/contracts/schemas/${name}.schema.json`, import.meta.url), 'utf8')) as {
    $id: string;
  };

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validators = Object.fromEntries(
  (['raw-article', 'enriched-article', 'cloud-event-headers', 'dead-letter-headers'] as const).map((name) => [
    name,
    ajv.compile(published(name)),
  ]),
);

function expectValid(name: ContractName, value: unknown): void {
  const validate = validators[name]!;
  expect({ name, valid: validate(value), errors: validate.errors ?? [] }).toEqual({ name, valid: true, errors: [] });
}

const articles = [
  {
    source: 'e2e-tass',
    externalId: 'contract-001',
    title: 'Казахстан и Татарстан расширят сотрудничество',
    body: '<p>Президент Казахстана Касым-Жомарт Токаев встретился в Астане с Рустамом Миннихановым.</p>',
    url: 'https://example.org/news/contract-001?utm_source=x',
    publishedAt: '2026-11-25T10:00:00+05:00',
    lang: 'RU',
  },
  {
    source: 'e2e-tass',
    externalId: 'contract-002',
    title: 'Berlin and Paris agree on a rail link',
    body: 'Chancellor Olaf Scholz met President Emmanuel Macron in Berlin.',
    publishedAt: '2026-11-25T10:00:00Z',
    version: 2,
    pubStatus: 'usable',
    versionCreated: '2026-11-25T09:59:00Z',
    embargoedUntil: '2026-11-25T09:00:00Z',
  },
];

describe('the published contract against what the pipeline really produces (real Kafka, real PostgreSQL)', () => {
  let pipeline: RunningPipeline;

  beforeAll(async () => {
    pipeline = await startPipeline({ KAFKA_NAMESPACE: freshNamespace('e2e-contract') });
    const response = await fetch(`${pipeline.fetcher}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authFor('e2e-tass') },
      body: JSON.stringify(articles),
    });
    expect(response.status).toBe(202);
  }, 90_000);

  afterAll(() => pipeline?.close());

  const kafka = () =>
    createKafka(pipeline.config.kafka, 'e2e-contract', { warn: () => undefined, error: () => undefined });

  it.each([
    [TOPICS.rawArticles, 'raw-article', '/news-pipeline/fetcher'],
    [TOPICS.enrichedArticles, 'enriched-article', '/news-pipeline/processor'],
  ] as const)(
    'every message on %s matches its JSON Schema, with CloudEvents headers',
    async (topic, name, source) => {
      const messages = await readMessages(kafka(), pipeline.config.kafka, topic, articles.length);
      expect(messages).toHaveLength(articles.length);
      for (const { value, headers } of messages) {
        expectValid(name, JSON.parse(value.toString('utf8')));
        expectValid('cloud-event-headers', headers);
        expect(headers).toMatchObject({ ce_type: topic, ce_source: source, 'content-type': 'application/json' });
      }
    },
    60_000,
  );

  it('a dead letter carries the headers its schema names', async () => {
    const producer = kafka().producer();
    await producer.connect();
    const topic = inNamespace(pipeline.config.kafka.namespace, TOPICS.rawArticles);
    await producer.send({ topic, acks: -1, messages: [{ key: 'poison', value: '{"not":"an article"}' }] });
    await producer.disconnect();
    const [letter] = await readMessages(kafka(), pipeline.config.kafka, deadLetterTopicOf(TOPICS.rawArticles), 1);
    expectValid('dead-letter-headers', letter!.headers);
    expect(letter!.value.toString()).toBe('{"not":"an article"}');
  }, 60_000);

  it('every service serves the committed schemas at /v1/contracts/', async () => {
    for (const base of [pipeline.fetcher, pipeline.processor, pipeline.store]) {
      const response = await fetch(`${base}/v1/contracts/enriched-article.schema.json`);
      expect(response.headers.get('content-type')).toContain('application/schema+json');
      expect(await response.json()).toEqual(published('enriched-article'));
    }
    const missing = await fetch(`${pipeline.store}/v1/contracts/nothing.schema.json`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
  }, 30_000);
});
