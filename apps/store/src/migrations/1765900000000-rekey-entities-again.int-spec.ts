import { uuidV5 } from '@app/contracts';
import type { DataSource } from 'typeorm';
import { migratedFrom, type MigratedDatabase } from '../../../../test/support/store-database.js';
import { consumed, enrichedArticle, INSERT_ARTICLES_WITH_GENERATED_SEARCH } from '../write/enriched-article.fixture.js';
import { entityKey } from '../write/entity-key.js';
import { nameTerms } from '../write/entity-names.js';
import { toWriteBatch } from '../write/write-batch.js';
import { RekeyEntitiesAgain1765900000000 } from './1765900000000-rekey-entities-again.js';

/** A key the identity no longer gives: what an earlier identity gave a name it now keys otherwise. */
const staleKey = (name: string) => uuidV5(name, '0b7c1f52-4d3e-4a8b-9e61-2f5d8c7a3b14');

const DAY = '2026-12-01';
const article = (externalId: string, lang: string) =>
  enrichedArticle({ source: 'rekey-again', externalId, lang, publishedAt: `${DAY}T10:00:00.000Z` });

/** (article, type, name, key, count): links as the first re-keying left them, one name under a stale key. */
const LINKS: [string, string, string, string, number][] = [
  ['ru-1', 'PER', 'Джерри МакНейлли', entityKey('PER', 'Джерри МакНейлли'), 2],
  ['en-1', 'PER', 'Gerry McNeilly', staleKey('Gerry McNeilly'), 1],
  ['en-2', 'PER', 'Gerry McNeilly', staleKey('Gerry McNeilly'), 1],
  ['en-2', 'PER', 'Джерри МакНейлли', entityKey('PER', 'Джерри МакНейлли'), 1],
  ['ru-1', 'PER', 'Рустам Минниханов', entityKey('PER', 'Рустам Минниханов'), 1],
];

describe('the second re-keying migration, on a real database', () => {
  let database: MigratedDatabase;
  let db: DataSource;
  const articles = { 'ru-1': article('ru-1', 'ru'), 'en-1': article('en-1', 'en'), 'en-2': article('en-2', 'en') };

  /** The schema before the migration, entities and their names as the first re-keying left them. */
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
      // Terms as an older skeleton wrote them: the migration must compute them again.
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
  }

  /** Everything the migration may change, in a comparable form. */
  const state = async () => ({
    entities: await db.query(`SELECT key, type, name, article_count FROM entities ORDER BY key`),
    links: await db.query(
      `SELECT article_id, entity_key, count, jsonb_array_length(mentions) AS mentions FROM article_entities ORDER BY 1, 2`,
    ),
    days: await db.query(`SELECT entity_key, articles, mentions FROM entity_days ORDER BY 1`),
    names: await db.query(`SELECT entity_key, lang, name, terms::text FROM entity_names ORDER BY 1, 2, 3`),
  });

  beforeAll(async () => {
    database = await migratedFrom('rekey2', RekeyEntitiesAgain1765900000000, seedBefore);
    ({ db } = database);
  }, 120_000);

  afterAll(async () => database?.drop());

  it('moves an entity under a stale key into the entity its name now keys to, counts and roll-up included', async () => {
    const key = entityKey('PER', 'Gerry McNeilly');
    const { entities, links, days } = await state();
    expect(entities.filter((e: { key: string }) => e.key === key)).toEqual([
      { key, type: 'PER', name: 'Джерри МакНейлли', article_count: 3 },
    ]);
    const mine = links.filter((l: { entity_key: string }) => l.entity_key === key);
    expect(
      mine
        .map((l: { article_id: string; count: number; mentions: number }) => [l.article_id, l.count, l.mentions])
        .sort(),
    ).toEqual(
      [
        [articles['ru-1'].id, 2, 2],
        [articles['en-1'].id, 1, 1],
        [articles['en-2'].id, 2, 2],
      ].sort(),
    );
    expect(days.filter((d: { entity_key: string }) => d.entity_key === key)).toEqual([
      { entity_key: key, articles: 3, mentions: 5 },
    ]);
  });

  it('files the moved names under the new key, with the search terms computed again', async () => {
    const names = await db.query(
      `SELECT lang, name, terms = array_to_tsvector($2::text[]) AND name = $3 OR terms = array_to_tsvector($4::text[]) AS fresh
       FROM entity_names WHERE entity_key = $1 ORDER BY lang, name`,
      [
        entityKey('PER', 'Gerry McNeilly'),
        nameTerms('Gerry McNeilly'),
        'Gerry McNeilly',
        nameTerms('Джерри МакНейлли'),
      ],
    );
    expect(names).toEqual([
      { lang: 'en', name: 'Gerry McNeilly', fresh: true },
      { lang: 'en', name: 'Джерри МакНейлли', fresh: true },
      { lang: 'ru', name: 'Джерри МакНейлли', fresh: true },
    ]);
  });

  it('leaves no row under a stale key and keeps an entity whose key did not change', async () => {
    const { entities } = await state();
    expect(entities.map((e: { name: string }) => e.name).sort()).toEqual(['Джерри МакНейлли', 'Рустам Минниханов']);
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
      await new RekeyEntitiesAgain1765900000000().up(runner);
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
    expect(await state()).toEqual(before);
  });
});
