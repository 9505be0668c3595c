import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { connectStoreWriter } from '../../../../test/support/store-database.js';
import type { ArticleWriteRepository } from '../write/article-write.repository.js';
import { consumed, enrichedArticle, mentionsOf } from '../write/enriched-article.fixture.js';
import { entityKey } from '../write/entity-key.js';

const run = randomBytes(4).toString('hex');
const source = `links-${run}`;
const names = Array.from({ length: 5 }, (_, i) => `Город ${run} ${i}`);

/** Article `n` (version `v`, processed `v` minutes in) naming two of the shared names, which ones moving with `v`. */
function article(n: number, v = 1, pubStatus?: 'canceled') {
  const named = [names[(n + v) % names.length]!, names[(n * 3 + 1) % names.length]!];
  const text = [...new Set(named)].join(' и ');
  return enrichedArticle({
    source,
    externalId: `a-${n}`,
    text,
    lang: 'ru',
    version: 1,
    processedAt: `2026-11-25T10:0${v}:00.000Z`,
    entities: [...new Set(named)].map((name) => mentionsOf(text, 'LOC', name)),
    ...(pubStatus ? { pubStatus } : {}),
  });
}

describe('links without foreign keys (real PostgreSQL)', () => {
  let dataSource: DataSource;
  let repository: ArticleWriteRepository;

  /** Links whose article or entity does not exist, of any source. */
  const orphans = async () =>
    (
      await dataSource.query(`
        SELECT count(*)::int AS n FROM article_entities l
        WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = l.article_id)
          OR NOT EXISTS (SELECT 1 FROM entities e WHERE e.key = l.entity_key)`)
    )[0].n;
  const linksOf = async (ids: string[]) =>
    (
      await dataSource.query(`SELECT count(*)::int AS n FROM article_entities WHERE article_id = ANY($1::uuid[])`, [
        ids,
      ])
    )[0].n;

  beforeAll(async () => {
    ({ dataSource, repository } = await connectStoreWriter(4));
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
  });

  it('leaves no link without its article or entity through concurrent writes, re-processing and kills', async () => {
    const batch = (from: number, v: number, kill = false) =>
      Array.from({ length: 20 }, (_, i) =>
        consumed(article(from + i, v, kill && i % 3 === 0 ? 'canceled' : undefined), i),
      );
    await Promise.all([repository.upsertMany(batch(0, 1)), repository.upsertMany(batch(10, 1))]);
    await Promise.all([repository.upsertMany(batch(0, 2)), repository.upsertMany(batch(20, 1, true))]);
    await repository.upsertMany(batch(5, 3, true));
    expect(await linksOf(Array.from({ length: 40 }, (_, n) => article(n).id))).toBeGreaterThan(40);
    expect(await orphans()).toBe(0);
  });

  it('deletes the links of deleted articles, and their hidden copies with them', async () => {
    const killed = article(100, 1, 'canceled');
    const live = article(101);
    await repository.upsertMany([consumed(killed), consumed(live, 1)]);
    expect(await linksOf([killed.id, live.id])).toBeGreaterThan(0);
    await dataSource.query(`DELETE FROM articles WHERE id = ANY($1::uuid[])`, [[killed.id, live.id]]);
    expect(await linksOf([killed.id, live.id])).toBe(0);
    expect((await dataSource.query(`SELECT 1 FROM hidden_links WHERE article_id = $1`, [killed.id])).length).toBe(0);
    expect(await orphans()).toBe(0);
  });

  it('refuses to delete an entity an article still links to, and deletes one no article does', async () => {
    await repository.upsertMany([consumed(article(200))]);
    const linked = entityKey('LOC', names[(200 + 1) % names.length]!);
    await expect(dataSource.query(`DELETE FROM entities WHERE key = $1`, [linked])).rejects.toMatchObject({
      code: '23503',
    });
    const unlinked = entityKey('LOC', `Нигде ${run}`);
    await dataSource.query(`INSERT INTO entities (key, type, name) VALUES ($1, 'LOC', $2)`, [unlinked, `Нигде ${run}`]);
    await dataSource.query(`DELETE FROM entities WHERE key = $1`, [unlinked]);
    expect((await dataSource.query(`SELECT 1 FROM entities WHERE key = $1`, [unlinked])).length).toBe(0);
    expect(await orphans()).toBe(0);
  });
});
