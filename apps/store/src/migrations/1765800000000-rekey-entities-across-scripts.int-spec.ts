import { uuidV5 } from '@app/contracts';
import type { DataSource } from 'typeorm';
import { migratedFrom, type MigratedDatabase } from '../../../../test/support/store-database.js';
import { consumed, enrichedArticle, INSERT_ARTICLES_WITH_GENERATED_SEARCH } from '../write/enriched-article.fixture.js';
import { entityKey } from '../write/entity-key.js';
import { toWriteBatch } from '../write/write-batch.js';
import { RekeyEntitiesAcrossScripts1765800000000 } from './1765800000000-rekey-entities-across-scripts.js';

/** The surface-name key entities had before the migration. */
const oldKey = (type: string, name: string) =>
  uuidV5(JSON.stringify([type, name]), '9d1c3f0e-6b2a-4e57-8c4d-1a7e5b9f2c60');

const DAY = '2026-11-25';
const article = (externalId: string, lang: string) =>
  enrichedArticle({ source: 'rekey', externalId, lang, publishedAt: `${DAY}T10:00:00.000Z` });

/** Links as the old write path left them: (article, type, name, count), each count with as many mentions. */
const LINKS: [string, string, string, number][] = [
  ['ru-1', 'PER', 'Касым-Жомарт Токаев', 2],
  ['ru-1', 'LOC', 'Казахстан', 1],
  ['en-1', 'PER', 'Kassym-Jomart Tokayev', 1],
  ['en-1', 'LOC', 'Kazakhstan', 1],
  ['en-2', 'PER', 'Kassym-Jomart Tokayev', 1],
  ['en-2', 'PER', 'Kasym-Zhomart Tokaev', 1],
  ['ru-1', 'PER', 'Рустам Минниханов', 1],
];

describe('the cross-script re-keying migration, on a real database', () => {
  let database: MigratedDatabase;
  let db: DataSource;
  const articles = { 'ru-1': article('ru-1', 'ru'), 'en-1': article('en-1', 'en'), 'en-2': article('en-2', 'en') };

  /** The schema before the migration, with entities, links and roll-ups as the old write path kept them. */
  async function seedOldModel(old: DataSource): Promise<void> {
    const batch = toWriteBatch(Object.values(articles).map((a) => consumed(a)));
    await old.query(INSERT_ARTICLES_WITH_GENERATED_SEARCH, [JSON.stringify(batch.articles)]);
    for (const [externalId, type, entity, count] of LINKS) {
      const key = oldKey(type, entity);
      const mentions = Array.from({ length: count }, (_, i) => ({ start: i * 10, end: i * 10 + 5, text: entity }));
      const id = articles[externalId as keyof typeof articles].id;
      await old.query(`INSERT INTO entities (key, type, name) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING`, [
        key,
        type,
        entity,
      ]);
      await old.query(`UPDATE entities SET article_count = article_count + 1 WHERE key = $1`, [key]);
      await old.query(
        `INSERT INTO article_entities (article_id, entity_key, count, mentions, published_at) VALUES ($1, $2, $3, $4, $5)`,
        [id, key, count, JSON.stringify(mentions), `${DAY}T10:00:00Z`],
      );
      await old.query(
        `INSERT INTO entity_days (entity_key, day, articles, mentions) VALUES ($1, $2, 1, $3)
         ON CONFLICT (entity_key, day) DO UPDATE SET articles = entity_days.articles + 1, mentions = entity_days.mentions + $3`,
        [key, DAY, count],
      );
    }
  }

  beforeAll(async () => {
    database = await migratedFrom('rekey', RekeyEntitiesAcrossScripts1765800000000, seedOldModel);
    ({ db } = database);
  }, 120_000);

  afterAll(async () => database?.drop());

  const entity = async (key: string) =>
    (await db.query(`SELECT type, name, article_count FROM entities WHERE key = $1`, [key]))[0];
  const days = async (key: string) =>
    db.query(`SELECT to_char(day, 'YYYY-MM-DD') AS day, articles, mentions FROM entity_days WHERE entity_key = $1`, [
      key,
    ]);

  it('merges the Russian and English spellings of one person, counts and roll-up included', async () => {
    const key = entityKey('PER', 'Kassym-Jomart Tokayev');
    expect(await entity(key)).toEqual({ type: 'PER', name: 'Kassym-Jomart Tokayev', article_count: 3 });
    expect(await days(key)).toEqual([{ day: DAY, articles: 3, mentions: 5 }]);
    const links = await db.query(`SELECT article_id, count, mentions FROM article_entities WHERE entity_key = $1`, [
      key,
    ]);
    expect(links.map((l: { article_id: string; count: number }) => [l.article_id, l.count]).sort()).toEqual(
      [
        [articles['ru-1'].id, 2],
        [articles['en-1'].id, 1],
        [articles['en-2'].id, 2],
      ].sort(),
    );
    const merged = links.find((l: { article_id: string }) => l.article_id === articles['en-2'].id);
    expect(merged.mentions).toHaveLength(2);
  });

  it('files every name under its language', async () => {
    const names = await db.query(`SELECT lang, name FROM entity_names WHERE entity_key = $1 ORDER BY lang, name`, [
      entityKey('PER', 'Касым-Жомарт Токаев'),
    ]);
    expect(names).toEqual([
      { lang: 'en', name: 'Kassym-Jomart Tokayev' },
      { lang: 'en', name: 'Kasym-Zhomart Tokaev' },
      { lang: 'ru', name: 'Касым-Жомарт Токаев' },
    ]);
  });

  it('merges countries through the gazetteer and re-keys entities that merge with nothing', async () => {
    expect(await entity(entityKey('LOC', 'Казахстан'))).toMatchObject({ article_count: 2 });
    expect(await entity(entityKey('PER', 'Рустам Минниханов'))).toMatchObject({ article_count: 1 });
    expect(await days(entityKey('PER', 'Рустам Минниханов'))).toEqual([{ day: DAY, articles: 1, mentions: 1 }]);
  });

  it('leaves no row under an old key', async () => {
    const old = LINKS.map(([, type, n]) => oldKey(type, n));
    const [counts] = await db.query(
      `SELECT (SELECT count(*) FROM entities WHERE key = ANY($1::uuid[]))::int AS entities,
        (SELECT count(*) FROM article_entities WHERE entity_key = ANY($1::uuid[]))::int AS links,
        (SELECT count(*) FROM entity_days WHERE entity_key = ANY($1::uuid[]))::int AS days,
        (SELECT count(*) FROM entities)::int AS total`,
      [old],
    );
    expect(counts).toEqual({ entities: 0, links: 0, days: 0, total: 3 });
  });
});
