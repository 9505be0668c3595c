import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { connectStoreWriter } from '../../../../test/support/store-database.js';
import type { ArticleWriteRepository } from '../write/article-write.repository.js';
import { consumed, enrichedArticle } from '../write/enriched-article.fixture.js';

const run = randomBytes(4).toString('hex');
const source = `search-${run}`;

/** Article `externalId` with `text`, processed `minute` minutes in. */
const article = (externalId: string, text: string, minute: number, extra: Record<string, unknown> = {}) =>
  enrichedArticle({
    source,
    externalId,
    text,
    lang: 'ru',
    processedAt: `2026-11-25T10:${String(minute).padStart(2, '0')}:00.000Z`,
    ...extra,
  });

describe('the search vector follows each article’s content (real PostgreSQL)', () => {
  let dataSource: DataSource;
  let repository: ArticleWriteRepository;

  /** The stored vector, and whether it is the one the stored language, title and text give. */
  const vector = async (id: string) =>
    (
      await dataSource.query(
        `SELECT search::text AS search, search = article_search(lang, title, text) AS fresh FROM articles WHERE id = $1`,
        [id],
      )
    )[0] as { search: string; fresh: boolean };
  const finds = async (word: string) =>
    (
      await dataSource.query(
        `SELECT id FROM articles WHERE source = $1 AND search @@ plainto_tsquery('russian', $2) ORDER BY id`,
        [source, word],
      )
    ).map((r: { id: string }) => r.id);

  beforeAll(async () => {
    ({ dataSource, repository } = await connectStoreWriter(2));
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
  });

  it('indexes a new article, and again a re-processed one whose text changed', async () => {
    const first = article('s-1', 'Казанские мосты открыты.', 1);
    await repository.upsertMany([consumed(first)]);
    expect(await vector(first.id)).toMatchObject({ fresh: true });
    expect(await finds('мостами')).toEqual([first.id]);

    await repository.upsertMany([consumed(article('s-1', 'Набережная закрыта на ремонт.', 2), 1)]);
    expect(await vector(first.id)).toMatchObject({ fresh: true });
    expect(await finds('мостами')).toEqual([]);
    expect(await finds('набережной')).toEqual([first.id]);
  });

  it('indexes an article written twice in one batch and one whose language alone changed', async () => {
    const twice = article('s-2', 'Первый текст.', 1);
    await repository.upsertMany([consumed(twice), consumed(article('s-2', 'Второй вариант текста.', 2), 1)]);
    expect(await vector(twice.id)).toMatchObject({ fresh: true });
    expect(await finds('вариантами')).toEqual([twice.id]);

    const english = article('s-3', 'Bridges opened', 1, { lang: 'en' });
    await repository.upsertMany([consumed(english)]);
    const before = await vector(english.id);
    await repository.upsertMany([consumed({ ...english, lang: 'de', processedAt: '2026-11-25T10:09:00.000Z' })]);
    const after = await vector(english.id);
    expect(after.fresh).toBe(true);
    expect(after.search).not.toEqual(before.search);
  });

  it('keeps the vector through a kill and a redelivery, as it keeps the content', async () => {
    const live = article('s-4', 'Стадион построят к лету.', 1);
    await repository.upsertMany([consumed(live)]);
    const stored = await vector(live.id);
    await repository.upsertMany([consumed(live)]);
    await repository.upsertMany([consumed(article('s-4', 'Отозвано.', 3, { pubStatus: 'canceled', version: 2 }), 1)]);
    expect(await vector(live.id)).toEqual(stored);
    expect(stored.fresh).toBe(true);
  });
});
