import { TOPICS } from '@app/contracts';
import { connectDataSource } from '@app/database';
import { createKafka, inNamespace, KafkaPublisher } from '@app/messaging';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { PROCESSOR_VERSION } from '../../apps/processor/src/article-enricher.js';
import { replayArticles } from '../../apps/store/src/replay/article-replay.js';
import { createDataSource } from '../../apps/store/src/data-source.js';
import { enrichedArticle, mentionsOf } from '../../apps/store/src/write/enriched-article.fixture.js';
import { entityKey } from '../../apps/store/src/write/entity-key.js';
import { freshNamespace, startPipeline, type RunningPipeline } from '../support/pipeline.js';
import { waitFor } from '../support/wait-for.js';

const run = randomBytes(3).toString('hex');
const source = `rp${run}`;
const OLD_ENTITY = `Old model entity ${run}`;

/** An article as an older processor and model left it in the store. */
function staleArticle(externalId: string, publishedAt: string) {
  const text = `Казань: ${OLD_ENTITY} was seen in ${externalId}.`;
  return enrichedArticle({
    source,
    externalId,
    publishedAt,
    text,
    lang: 'ru',
    processedAt: '2026-01-01T00:00:00.000Z',
    processor: { version: '0.0.0-stale', model: 'old-model' },
    entities: [mentionsOf(text, 'ORG', OLD_ENTITY)],
  });
}

describe('replay: stored articles re-processed by the current processor (real Kafka, real PostgreSQL)', () => {
  let pipeline: RunningPipeline;
  let dataSource: DataSource;
  let publisher: KafkaPublisher;
  const inRange = [staleArticle('a', '2026-11-10T10:00:00.000Z'), staleArticle('b', '2026-11-11T10:00:00.000Z')];
  const outOfRange = staleArticle('c', '2026-10-01T10:00:00.000Z');

  const rows = async () =>
    (await dataSource.query(
      'SELECT id, processor_version, text, lineage FROM articles WHERE source = $1 ORDER BY published_at',
      [source],
    )) as { id: string; processor_version: string; text: string; lineage: { raw: { topic: string } } }[];

  beforeAll(async () => {
    pipeline = await startPipeline({ KAFKA_NAMESPACE: freshNamespace('e2e-store-replay') });
    dataSource = await connectDataSource(() => createDataSource({ ...pipeline.config.database, poolSize: 2 }), {
      migrationsRun: false,
      log: { log: () => undefined, warn: () => undefined },
    });
    publisher = new KafkaPublisher(
      createKafka(pipeline.config.kafka, 'e2e-replay', { warn: () => undefined, error: () => undefined }),
      pipeline.config.kafka,
    );
    const stale = [outOfRange, ...inRange];
    await publisher.publish(
      TOPICS.enrichedArticles,
      stale.map((a) => ({ key: a.id, value: JSON.stringify(a) })),
    );
    await waitFor(async () => ((await rows()).length === 3 ? true : undefined), 'the stale articles in the store');
  }, 120_000);

  afterAll(async () => {
    await publisher?.disconnect();
    await dataSource?.destroy();
    await pipeline?.close();
  }, 60_000);

  it('replaces the enrichment of the articles in range in place, leaving the rest and no duplicate rows', async () => {
    const report = await replayArticles(dataSource, publisher, {
      source,
      from: '2026-11-01T00:00:00Z',
      to: '2026-12-01T00:00:00Z',
      batchSize: 1,
    });
    expect(report).toEqual({ published: 2, skipped: [] });

    await waitFor(
      async () =>
        (await rows()).filter((r) => r.processor_version === PROCESSOR_VERSION).length === 2 ? true : undefined,
      'the replayed articles re-enriched',
      60_000,
    );
    const after = await rows();
    expect(after.map((r) => [r.id, r.processor_version])).toEqual([
      [outOfRange.id, '0.0.0-stale'],
      ...inRange.map((a) => [a.id, PROCESSOR_VERSION]),
    ]);
    expect(after.map((r) => r.text)).toEqual([outOfRange, ...inRange].map((a) => a.text));
    expect(after[1]!.lineage.raw.topic).toBe(inNamespace(pipeline.config.kafka.namespace, TOPICS.rawArticles));

    // The old model's entity stays linked only to the article outside the range, and its count follows.
    const links = await dataSource.query('SELECT article_id FROM article_entities WHERE entity_key = $1', [
      entityKey('ORG', OLD_ENTITY),
    ]);
    expect(links).toEqual([{ article_id: outOfRange.id }]);
    const [entity] = await dataSource.query('SELECT article_count FROM entities WHERE key = $1', [
      entityKey('ORG', OLD_ENTITY),
    ]);
    expect(entity.article_count).toBe(1);
  }, 90_000);

  it('publishes nothing on a dry run, and nothing for a range without articles', async () => {
    const dry = await replayArticles(dataSource, publisher, {
      source,
      from: '2026-01-01T00:00:00Z',
      to: '2027-01-01T00:00:00Z',
      batchSize: 2,
      dryRun: true,
    });
    expect(dry.published).toBe(3);
    const empty = await replayArticles(dataSource, publisher, {
      source,
      from: '2020-01-01T00:00:00Z',
      to: '2020-02-01T00:00:00Z',
      batchSize: 2,
    });
    expect(empty.published).toBe(0);
  });
});
