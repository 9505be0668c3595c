import { createKafka, KafkaPublisher } from '@app/messaging';
import { TOPICS, type EnrichedArticle } from '@app/contracts';
import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createStoreApp } from '../../apps/store/src/store.app.js';
import { enrichedArticle } from '../../apps/store/src/write/enriched-article.fixture.js';
import { freshNamespace, testConfig } from '../support/pipeline.js';
import { readApi } from '../support/read-api.js';
import { waitFor } from '../support/wait-for.js';

const run = randomBytes(3).toString('hex');
const SOURCE = `ch${run}-wire`;
const LATE = `ch${run}-late`;
const ARTICLES = 10_000;
const REVISED = 300;

interface Change {
  articleId: string;
  source: string;
  version: number;
  change: string;
  changedAt: string;
}

const article = (i: number, extra: Partial<EnrichedArticle> = {}) =>
  enrichedArticle({ source: SOURCE, externalId: `a-${i}`, text: `Text ${i}.`, ...extra });

describe('the change feed under two store instances writing concurrently (real broker and PostgreSQL)', () => {
  const stores: INestApplication[] = [];
  let url: string;
  let db: pg.Client;
  let publisher: KafkaPublisher;
  let cursor: string | undefined;

  const read = async (limit: number): Promise<Change[]> => {
    const { status, body: page } = await readApi<{ items: Change[]; nextCursor: string }>(
      url,
      `/v1/changes?limit=${limit}${cursor ? `&after=${cursor}` : ''}`,
    );
    expect(status).toBe(200);
    cursor = page.nextCursor;
    return page.items;
  };
  const logged = async (source: string): Promise<number> =>
    (await db.query('SELECT count(*)::int AS n FROM article_changes WHERE source = $1', [source])).rows[0].n;

  beforeAll(async () => {
    const config = testConfig({
      KAFKA_NAMESPACE: freshNamespace('e2e-store-changes'),
      KAFKA_TOPIC_PARTITIONS: '4',
      KAFKA_CONSUMER_BATCH_SIZE: '50',
    });
    for (let i = 0; i < 2; i++) {
      const app = await createStoreApp(config);
      await app.listen(0, '127.0.0.1');
      stores.push(app);
    }
    url = (await stores[0]!.getUrl()).replace('[::1]', '127.0.0.1');
    db = new pg.Client({ connectionString: config.database.url });
    await db.connect();
    publisher = new KafkaPublisher(
      createKafka(config.kafka, 'e2e-store-changes', { warn: () => undefined, error: () => undefined }),
      config.kafka,
    );
    // Start reading at the end of whatever other test files have logged in this database.
    while ((await read(1_000)).length > 0);
  }, 120_000);

  afterAll(async () => {
    await publisher?.disconnect();
    await db?.end();
    await Promise.all(stores.map((app) => app.close()));
  }, 60_000);

  it('serves every change once, with no gap, while both instances commit', async () => {
    const messages = [
      ...Array.from({ length: ARTICLES }, (_, i) => article(i)),
      ...Array.from({ length: REVISED }, (_, i) =>
        article(i, { version: 2, text: `Revised ${i}.`, processedAt: '2026-11-25T11:00:00.000Z' }),
      ),
    ];
    const publishing = (async () => {
      for (let i = 0; i < messages.length; i += 500) {
        const chunk = messages.slice(i, i + 500);
        await publisher.publish(
          TOPICS.enrichedArticles,
          chunk.map((a) => ({ key: a.id, value: JSON.stringify(a) })),
        );
      }
    })();

    // Read in small pages while the two instances write, so the reader keeps passing in-flight transactions.
    const seen: Change[] = [];
    let readsDuringWrites = 0;
    await waitFor(
      async () => {
        seen.push(...(await read(250)).filter((c) => c.source === SOURCE));
        const stored = (await db.query('SELECT count(*)::int AS n FROM articles WHERE source = $1', [SOURCE])).rows[0]
          .n as number;
        if (stored < ARTICLES) readsDuringWrites++;
        return stored === ARTICLES && seen.length === (await logged(SOURCE)) ? true : undefined;
      },
      'the feed to catch up with every change',
      300_000,
    );
    await publishing;

    expect(readsDuringWrites).toBeGreaterThan(3);
    expect(seen.length).toBeGreaterThanOrEqual(ARTICLES);
    const keys = seen.map((c) => `${c.articleId}/${c.version}/${c.change}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(seen.map((c) => c.articleId)).size).toBe(ARTICLES);
    // Each article's changes come in the order its versions were written.
    const versions = new Map<string, number>();
    for (const c of seen) {
      expect(c.version).toBeGreaterThanOrEqual(versions.get(c.articleId) ?? 0);
      versions.set(c.articleId, c.version);
    }
    const { rows } = await db.query('SELECT count(*)::int AS n FROM articles WHERE source = $1 AND version = 2', [
      SOURCE,
    ]);
    expect([...versions.values()].filter((v) => v === 2)).toHaveLength(rows[0].n);
    expect((await read(1_000)).filter((c) => c.source === SOURCE)).toEqual([]);
  }, 360_000);

  it('holds back a change made under embargo until its time, without holding back the others', async () => {
    const embargoed = enrichedArticle({
      source: LATE,
      externalId: 'embargoed',
      embargoedUntil: new Date(Date.now() + 10_000).toISOString(),
    });
    const open = enrichedArticle({ source: LATE, externalId: 'open' });
    await publisher.publish(
      TOPICS.enrichedArticles,
      [embargoed, open].map((a) => ({ key: a.id, value: JSON.stringify(a) })),
    );
    const first: Change[] = [];
    await waitFor(
      async () => {
        first.push(...(await read(1_000)).filter((c) => c.source === LATE));
        return first.length > 0 ? true : undefined;
      },
      'the open article in the feed',
      30_000,
    );
    expect(first.map((c) => c.articleId)).toEqual([open.id]);
    const { rows } = await db.query('SELECT embargoed_until > now() AS held FROM articles WHERE id = $1', [
      embargoed.id,
    ]);
    expect(rows[0].held).toBe(true);

    const later: Change[] = [];
    await waitFor(
      async () => {
        later.push(...(await read(1_000)).filter((c) => c.source === LATE));
        return later.length > 0 ? true : undefined;
      },
      'the embargoed article in the feed',
      60_000,
    );
    expect(later.map((c) => [c.articleId, c.change])).toEqual([[embargoed.id, 'created']]);
    expect((await read(1_000)).filter((c) => c.source === LATE)).toEqual([]);
  }, 120_000);
});
