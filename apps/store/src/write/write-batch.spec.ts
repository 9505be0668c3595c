import { consumed, enrichedArticle, mentionsOf } from './enriched-article.fixture.js';
import { entityKey } from './entity-key.js';
import { newest, toWriteBatch, writeRounds } from './write-batch.js';

describe('newest', () => {
  const base = enrichedArticle({ source: 'tass', externalId: '1' });

  it('keeps the highest version, then the latest processing, of each article in a batch', () => {
    const v2 = { ...base, version: 2, processedAt: '2026-11-25T10:00:00.000Z' };
    const v1Later = { ...base, version: 1, processedAt: '2026-11-25T12:00:00.000Z' };
    const v2Later = { ...v2, processedAt: '2026-11-25T13:00:00+03:00' };
    const v2Latest = { ...v2, processedAt: '2026-11-25T10:30:00.000Z' };
    expect(newest([consumed(v2), consumed(v1Later)]).map((p) => p.value)).toEqual([v2]);
    expect(newest([consumed(v2Latest), consumed(v2Later)]).map((p) => p.value)).toEqual([v2Latest]);
  });
});

describe('writeRounds', () => {
  const base = enrichedArticle({ source: 'tass', externalId: 'r' });
  const other = enrichedArticle({ source: 'tass', externalId: 'o' });
  const v = (version: number, pubStatus: 'usable' | 'canceled' = 'usable') => ({ ...base, version, pubStatus });
  const values = (rounds: ReturnType<typeof writeRounds>) => rounds.map((round) => round.map((p) => p.value));

  it('writes a batch without kills in one round', () => {
    expect(values(writeRounds([consumed(v(1)), consumed(v(2)), consumed(other)]))).toEqual([[v(2), other]]);
  });

  it('writes the newest version before a kill first, then the kill', () => {
    expect(values(writeRounds([consumed(v(1)), consumed(v(2)), consumed(v(3, 'canceled')), consumed(other)]))).toEqual([
      [v(2)],
      [v(3, 'canceled'), other],
    ]);
    expect(values(writeRounds([consumed(v(3, 'canceled'))]))).toEqual([[v(3, 'canceled')]]);
  });
});

describe('toWriteBatch', () => {
  it('makes one link per entity, merging an entity the extractor named twice', () => {
    const text = 'Казань и снова Казань';
    const article = enrichedArticle({
      source: 'tass',
      externalId: '2',
      text,
      entities: [mentionsOf(text, 'LOC', 'Казань'), { type: 'LOC', name: ' Казань ', count: 1, mentions: [] }],
    });
    const batch = toWriteBatch([consumed(article, 9)]);
    expect(batch.entities).toEqual([{ key: entityKey('LOC', 'Казань'), type: 'LOC', name: 'Казань' }]);
    expect(batch.links).toEqual([
      {
        article_id: article.id,
        entity_key: entityKey('LOC', 'Казань'),
        count: 3,
        mentions: article.entities[0]!.mentions,
        published_at: article.publishedAt,
      },
    ]);
    expect(batch.articles[0]).toMatchObject({
      id: article.id,
      story_id: article.storyId,
      lineage: { enriched: { partition: 0, offset: '9' } },
    });
  });

  it('keys entities by the processor key when the message has one, and files each name under its language', () => {
    const key = '3f1e1a52-8a43-5b6c-9d3e-6a1b2c3d4e5f';
    const ru = enrichedArticle({
      source: 'tass',
      externalId: 'k1',
      lang: 'ru-RU',
      entities: [{ type: 'PER', name: 'Рустам Минниханов', count: 1, mentions: [], key }],
    });
    const en = enrichedArticle({
      source: 'tass',
      externalId: 'k2',
      entities: [{ type: 'PER', name: 'Rustam Minnikhanov', count: 1, mentions: [] }],
    });
    const batch = toWriteBatch([consumed(ru), consumed(en)]);
    expect(batch.links.map((l) => l.entity_key)).toEqual([key, entityKey('PER', 'Rustam Minnikhanov')]);
    expect(batch.names).toEqual([
      {
        entity_key: key,
        lang: 'ru',
        name: 'Рустам Минниханов',
        terms: ['рустам', 'rustam', 'минниханов', 'minihanov'],
      },
      {
        entity_key: entityKey('PER', 'Rustam Minnikhanov'),
        lang: 'en',
        name: 'Rustam Minnikhanov',
        terms: ['rustam', 'minnikhanov', 'minihanov'],
      },
    ]);
  });

  it('lists entities in key order, so concurrent batches lock them in the same order', () => {
    const text = 'A B C D';
    const article = enrichedArticle({
      source: 'tass',
      externalId: '3',
      text,
      entities: ['A', 'B', 'C', 'D'].map((n) => mentionsOf(text, 'PER', n)),
    });
    const keys = toWriteBatch([consumed(article)]).entities.map((e) => e.key);
    expect(keys).toEqual([...keys].sort());
  });
});
