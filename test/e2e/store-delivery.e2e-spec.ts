import { deadLetterTopicOf, TOPICS } from '@app/contracts';
import { createKafka, DEAD_LETTER_HEADERS, inNamespace, KafkaPublisher } from '@app/messaging';
import type { INestApplication } from '@nestjs/common';
import type { Consumer, Kafka } from 'kafkajs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createStoreApp } from '../../apps/store/src/store.app.js';
import { enrichedArticle, mentionsOf } from '../../apps/store/src/write/enriched-article.fixture.js';
import { entityKey } from '../../apps/store/src/write/entity-key.js';
import { freshNamespace, testConfig } from '../support/pipeline.js';
import { metricValue, scrape } from '../support/prometheus.js';
import { TcpLink } from '../../tools/infra/index.js';
import { waitFor } from '../support/wait-for.js';

const run = randomBytes(3).toString('hex');
const source = `dl${run}`;
const CITY = `Город ${run}`;

interface DeadLetter {
  key: string;
  headers: Record<string, string>;
}

/** Collects the dead-letter topic's messages from the beginning. */
async function watchDeadLetters(kafka: Kafka, namespace: string, into: DeadLetter[]): Promise<Consumer> {
  const consumer = kafka.consumer({ groupId: `${namespace}.dlq-watch` });
  await consumer.connect();
  await consumer.subscribe({
    topic: inNamespace(namespace, deadLetterTopicOf(TOPICS.enrichedArticles)),
    fromBeginning: true,
  });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]));
      into.push({ key: message.key?.toString() ?? '', headers });
    },
  });
  return consumer;
}

describe('store delivery guarantees (real Kafka, real PostgreSQL)', () => {
  const namespace = freshNamespace('e2e-store-delivery');
  const target = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/news');
  const proxy = new TcpLink({ host: target.hostname, port: Number(target.port || 5432) });
  let app: INestApplication;
  let url: string;
  let db: pg.Client;
  let kafka: Kafka;
  let publisher: KafkaPublisher;
  let watcher: Consumer;
  const deadLetters: DeadLetter[] = [];

  const stored = async (id: string) => (await db.query('SELECT version, title FROM articles WHERE id = $1', [id])).rows;
  const publish = (values: { key: string; value: string }[]) => publisher.publish(TOPICS.enrichedArticles, values);

  beforeAll(async () => {
    const port = await proxy.open();
    const viaProxy = new URL(target);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(port);
    const config = testConfig({
      KAFKA_NAMESPACE: namespace,
      KAFKA_TOPIC_PARTITIONS: '1',
      DATABASE_URL: viaProxy.toString(),
    });
    app = await createStoreApp(config);
    await app.listen(0, '127.0.0.1');
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    db = new pg.Client({ connectionString: target.toString() });
    await db.connect();
    kafka = createKafka(config.kafka, 'e2e-store-delivery', { warn: () => undefined, error: () => undefined });
    publisher = new KafkaPublisher(kafka, config.kafka);
    watcher = await watchDeadLetters(kafka, namespace, deadLetters);
  }, 90_000);

  afterAll(async () => {
    await watcher?.disconnect();
    await publisher?.disconnect();
    await db?.end();
    await app?.close();
    await proxy.cut();
  }, 60_000);

  it('dead-letters what it can never write, with the reason, and stores the neighbours', async () => {
    const good = enrichedArticle({ source, externalId: 'good' });
    const unstorable = enrichedArticle({ source, externalId: 'nul', text: 'a NUL \u0000 PostgreSQL text cannot hold' });
    await publish([
      { key: 'garbage', value: '{"not": "an article"}' },
      { key: unstorable.id, value: JSON.stringify(unstorable) },
      { key: good.id, value: JSON.stringify(good) },
    ]);
    await waitFor(
      async () => ((await stored(good.id)).length === 1 && deadLetters.length === 2 ? true : undefined),
      'the good article stored and two dead letters',
    );
    expect(await stored(unstorable.id)).toEqual([]);
    expect(deadLetters.map((d) => [d.key, d.headers[DEAD_LETTER_HEADERS.code]])).toEqual([
      ['garbage', 'CONTRACT_VIOLATION'],
      [unstorable.id, 'PROCESSING_FAILED'],
    ]);
    expect(deadLetters[1]!.headers[DEAD_LETTER_HEADERS.reason]).toMatch(/database rejected the row/);
  }, 60_000);

  it('keeps one row and one link per entity when a message is delivered again', async () => {
    const text = `${CITY} again.`;
    const article = enrichedArticle({ source, externalId: 'twice', text, entities: [mentionsOf(text, 'LOC', CITY)] });
    const message = { key: article.id, value: JSON.stringify(article) };
    await publish([message]);
    await publish([message, message]);
    const marker = enrichedArticle({ source, externalId: 'after-twice' });
    await publish([{ key: marker.id, value: JSON.stringify(marker) }]);
    // One partition: the marker is written after every copy of the article was consumed.
    await waitFor(
      async () => ((await stored(marker.id)).length === 1 ? true : undefined),
      'the marker after the redeliveries',
    );
    expect(await stored(article.id)).toHaveLength(1);
    const { rows } = await db.query(
      'SELECT e.article_count, (SELECT count(*)::int FROM article_entities l WHERE l.entity_key = e.key) AS links FROM entities e WHERE e.key = $1',
      [entityKey('LOC', CITY)],
    );
    expect(rows).toEqual([{ article_count: 1, links: 1 }]);
  }, 60_000);

  it('pauses while PostgreSQL is unreachable and writes everything once it is back', async () => {
    await proxy.cut();
    const during = [1, 2, 3].map((n) => enrichedArticle({ source, externalId: `outage-${n}` }));
    await publish(during.map((a) => ({ key: a.id, value: JSON.stringify(a) })));
    await waitFor(
      async () => ((await fetch(`${url}/health/ready`)).status === 503 ? true : undefined),
      'the store to report PostgreSQL down',
    );
    expect((await fetch(`${url}/health/live`)).status).toBe(200);
    // The batch is in the consumer's hands (read) but not processed (not committed) while the database is away.
    const topic = inNamespace(namespace, TOPICS.enrichedArticles);
    await waitFor(async () => {
      const metrics = await scrape(url);
      return metricValue(metrics, 'kafka_messages_consumed_total', { topic }) -
        metricValue(metrics, 'kafka_messages_processed_total', { topic }) >=
        during.length
        ? true
        : undefined;
    }, 'the batch consumed but not committed');
    expect(
      (await db.query('SELECT count(*)::int AS n FROM articles WHERE id = ANY($1)', [during.map((a) => a.id)])).rows[0]
        .n,
    ).toBe(0);

    await proxy.open();
    await waitFor(
      async () => {
        const { rows } = await db.query('SELECT count(*)::int AS n FROM articles WHERE id = ANY($1)', [
          during.map((a) => a.id),
        ]);
        return rows[0].n === during.length ? true : undefined;
      },
      'every article written after the outage',
      90_000,
    );
    expect(deadLetters.filter((d) => during.some((a) => a.id === d.key))).toEqual([]);
  }, 120_000);
});
