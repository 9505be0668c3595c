import { uuidV5 } from '@app/contracts';
import type { DataSource } from 'typeorm';
import { migratedFrom, type MigratedDatabase } from '../../../../test/support/store-database.js';
import { consumed, enrichedArticle, INSERT_ARTICLES_WITH_GENERATED_SEARCH } from '../write/enriched-article.fixture.js';
import { entityKey } from '../write/entity-key.js';
import { nameTerms } from '../write/entity-names.js';
import { toWriteBatch } from '../write/write-batch.js';
import { RekeyEntitiesForTranslatedWords1766100000000 } from './1766100000000-rekey-entities-for-translated-words.js';

/** A key the identity no longer gives: what the identity before this migration gave a name it now keys otherwise. */
const staleKey = (name: string) => uuidV5(name, '5d0e7a41-93c2-4f6b-8a1d-c4e2b7f90a36');

const DAY = '2026-12-01';
const article = (externalId: string, lang: string) =>
  enrichedArticle({ source: 'rekey-third', externalId, lang, publishedAt: `${DAY}T10:00:00.000Z` });

/** (article, type, name, key, count): one name under a stale key; the killed article en-1 names both forms. */
const LINKS: [string, string, string, string, number][] = [
  ['ru-1', 'PER', 'Ульрих Бек', entityKey('PER', 'Ульрих Бек'), 2],
  ['en-1', 'PER', 'Ulrich Beck', staleKey('Ulrich Beck'), 1],
  ['en-1', 'PER', 'Ульрих Бек', entityKey('PER', 'Ульрих Бек'), 1],
  ['en-2', 'PER', 'Ulrich Beck', staleKey('Ulrich Beck'), 1],
  ['ru-1', 'ORG', 'Палата общин', staleKey('Палата общин'), 1],
  ['en-2', 'ORG', 'House of Commons', staleKey('House of Commons'), 3],
  ['ru-1', 'PER', 'Рустам Минниханов', entityKey('PER', 'Рустам Минниханов'), 1],
];

describe('the re-keying for translated words, on a real database', () => {
  let database: MigratedDatabase;
  let db: DataSource;
  const articles = { 'ru-1': article('ru-1', 'ru'), 'en-1': article('en-1', 'en'), 'en-2': article('en-2', 'en') };

  /** The schema before the migration, with entities, names and links as the identity before it keyed them. */
  async function seedBefore(old: DataSource): Promise<void> {
    const batch = toWriteBatch(Object.values(articles).map((a) => consumed(a)));
    await old.query(INSERT_ARTICLES_WITH_GENERATED_SEARCH, [JSON.stringify(batch.articles)]);
    for (const [externalId, type, entity, key, count] of LINKS) {
      const a = articles[externalId as keyof typeof articles];
      const mentions = Array.from({ length: count }, (_, i) => ({ start: i * 10, end: i * 10 + 5, text: entity }));
      await old.query(
        `INSERT INTO entities (key, type, name, article_count) VALUES ($1, $2, $3, 1)
         ON CONFLICT (key) DO UPDATE SET article_count = entities.article_count + 1`,
        [key, type, entity],
      );
      await old.query(
        `INSERT INTO entity_names (entity_key, lang, name, terms) VALUES ($1, $2, $3, array_to_tsvector(ARRAY['stale']))
         ON CONFLICT DO NOTHING`,
        [key, a.lang, entity],
      );
      await old.query(
        `INSERT INTO article_entities (article_id, entity_key, count, mentions, published_at) VALUES ($1, $2, $3, $4, $5)`,
        [a.id, key, count, JSON.stringify(mentions), `${DAY}T10:00:00Z`],
      );
      await old.query(
        `INSERT INTO entity_days (entity_key, day, articles, mentions) VALUES ($1, $2, 1, $3)
         ON CONFLICT (entity_key, day) DO UPDATE SET articles = entity_days.articles + 1, mentions = entity_days.mentions + $3`,
        [key, DAY, count],
      );
    }
    // A kill: the trigger copies the article's two links into hidden_links.
    await old.query(`UPDATE articles SET pub_status = 'canceled' WHERE id = $1`, [articles['en-1'].id]);
  }

  const state = async () => ({
    entities: await db.query(`SELECT key, type, name, article_count FROM entities ORDER BY key`),
    links: await db.query(
      `SELECT article_id, entity_key, count, jsonb_array_length(mentions) AS mentions FROM article_entities ORDER BY 1, 2`,
    ),
    hidden: await db.query(`SELECT article_id, entity_key, count, killed FROM hidden_links ORDER BY 1, 2`),
    days: await db.query(`SELECT entity_key, articles, mentions FROM entity_days ORDER BY 1`),
    names: await db.query(`SELECT entity_key, lang, name, terms::text FROM entity_names ORDER BY 1, 2, 3`),
  });

  beforeAll(async () => {
    database = await migratedFrom('rekey3', RekeyEntitiesForTranslatedWords1766100000000, seedBefore);
    ({ db } = database);
  }, 120_000);

  afterAll(async () => database?.drop());

  it('merges a name the identity now spells alike, counts, roll-up and hidden links included', async () => {
    const key = entityKey('PER', 'Ulrich Beck');
    expect(key).toBe(entityKey('PER', 'Ульрих Бек'));
    const { entities, links, days, hidden } = await state();
    expect(entities.filter((e: { key: string }) => e.key === key)).toEqual([
      { key, type: 'PER', name: 'Ульрих Бек', article_count: 3 },
    ]);
    const mine = links
      .filter((l: { entity_key: string }) => l.entity_key === key)
      .map((l: { article_id: string; count: number; mentions: number }) => [l.article_id, l.count, l.mentions]);
    expect(mine.sort()).toEqual(
      [
        [articles['ru-1'].id, 2, 2],
        [articles['en-1'].id, 2, 2],
        [articles['en-2'].id, 1, 1],
      ].sort(),
    );
    expect(days.filter((d: { entity_key: string }) => d.entity_key === key)).toEqual([
      { entity_key: key, articles: 3, mentions: 5 },
    ]);
    expect(hidden).toEqual([{ article_id: articles['en-1'].id, entity_key: key, count: 2, killed: true }]);
  });

  it('merges an organisation whose words it now translates, its names filed under the new key', async () => {
    const key = entityKey('ORG', 'House of Commons');
    expect(key).toBe(entityKey('ORG', 'Палата общин'));
    const { entities } = await state();
    // The most mentioned of the merged rows names the entity (both have one article; the name breaks the tie).
    expect(entities.filter((e: { key: string }) => e.key === key)).toEqual([
      { key, type: 'ORG', name: 'House of Commons', article_count: 2 },
    ]);
    const names = await db.query(
      `SELECT lang, name, terms = array_to_tsvector($2::text[]) OR terms = array_to_tsvector($3::text[]) AS fresh
       FROM entity_names WHERE entity_key = $1 ORDER BY lang, name`,
      [key, nameTerms('House of Commons'), nameTerms('Палата общин')],
    );
    expect(names).toEqual([
      { lang: 'en', name: 'House of Commons', fresh: true },
      { lang: 'ru', name: 'Палата общин', fresh: true },
    ]);
  });

  it('leaves no row under a stale key and keeps an entity whose key did not change', async () => {
    const { entities } = await state();
    expect(entities.map((e: { name: string }) => e.name).sort()).toEqual([
      'House of Commons',
      'Рустам Минниханов',
      'Ульрих Бек',
    ]);
    expect(entities.find((e: { name: string }) => e.name === 'Рустам Минниханов')).toMatchObject({
      key: entityKey('PER', 'Рустам Минниханов'),
      article_count: 1,
    });
  });

  it('changes nothing when run again', async () => {
    const before = await state();
    const runner = db.createQueryRunner();
    try {
      await runner.startTransaction();
      await new RekeyEntitiesForTranslatedWords1766100000000().up(runner);
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
    expect(await state()).toEqual(before);
  });
});
