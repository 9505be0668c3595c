import type { DataSource } from 'typeorm';
import type { ArticleFilter } from '../../apps/store/src/articles/article-list.sql.js';
import { ArticleQueryRepository } from '../../apps/store/src/articles/article-query.repository.js';
import { entityCases } from './entity-bench-cases.js';
import { percentile } from './write-bench.js';

export interface QueryResult {
  name: string;
  rows: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

async function measure(name: string, runs: number, query: () => Promise<number>): Promise<QueryResult> {
  for (let i = 0; i < 3; i++) await query();
  const samples: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    rows = await query();
    samples.push(performance.now() - started);
  }
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    name,
    rows,
    p50Ms: round(percentile(samples, 50)),
    p95Ms: round(percentile(samples, 95)),
    maxMs: round(Math.max(...samples)),
  };
}

/** The entity at popularity rank `rank` (1 = in the most articles), with its article count. */
export async function entityAtRank(
  dataSource: DataSource,
  rank: number,
): Promise<{ key: string; article_count: number }> {
  const [row] = await dataSource.query(
    'SELECT key, article_count FROM entities ORDER BY article_count DESC, key DESC OFFSET $1 LIMIT 1',
    [rank - 1],
  );
  return row;
}

/** The cursor of page `page` of `filter`, so a deep page can be timed on its own. */
async function cursorAtPage(
  articles: ArticleQueryRepository,
  filter: ArticleFilter,
  page: number,
): Promise<[string, string] | undefined> {
  let after: [string, string] | undefined;
  for (let i = 1; i < page; i++)
    after = ((await articles.list({ ...filter, after })).next ?? undefined) as typeof after;
  return after;
}

/** The relevance cursor of page 2 of `filter`. */
async function rankCursor(
  articles: ArticleQueryRepository,
  filter: ArticleFilter,
): Promise<ArticleFilter['rankAfter']> {
  const next = (await articles.list(filter)).next;
  if (next === null || next.length < 3) return undefined;
  const [rank, at, id, floorAt, floorId] = next as [string, string, string, string?, string?];
  return { rank, at, id, floor: floorAt !== undefined ? [floorAt, floorId!] : null };
}

/** p50/p95 of the read API's queries (repository level: SQL plus row mapping, without HTTP). */
export async function benchQueries(dataSource: DataSource, runs: number, only = ''): Promise<QueryResult[]> {
  const articles = new ArticleQueryRepository(dataSource);
  const [top, mid, rare] = [
    await entityAtRank(dataSource, 1),
    await entityAtRank(dataSource, 100),
    await entityAtRank(dataSource, 10_000),
  ];
  const list = (filter: Omit<ArticleFilter, 'limit'>) => async () =>
    (await articles.list({ limit: 20, ...filter })).rows.length;
  const deep = await cursorAtPage(articles, { limit: 20, entityKey: mid.key }, 50);
  const common = { q: 'налогами', sort: 'relevance' } as const;
  const page2 = await rankCursor(articles, { limit: 20, ...common });
  // A reader whose key is limited to three of the eight sources.
  const sources = ['bench-1', 'bench-4', 'bench-6'];
  const cases: [string, () => Promise<number>][] = [
    ['newest 20, no filter', list({})],
    ['source + lang', list({ source: 'bench-3', lang: 'ru' })],
    [`entity, rank 1 (${top.article_count} articles)`, list({ entityKey: top.key })],
    [`entity, rank 100 (${mid.article_count} articles)`, list({ entityKey: mid.key })],
    [`entity, rank 10000 (${rare?.article_count ?? 0} articles)`, list({ entityKey: rare?.key ?? mid.key })],
    ['entity rank 100, page 50 (cursor)', list({ entityKey: mid.key, after: deep })],
    [
      'entity rank 1 + source + from/to',
      list({ entityKey: top.key, source: 'bench-5', from: '2025-06-01T00:00:00Z', to: '2025-07-01T00:00:00Z' }),
    ],
    ['full text ru, common word (налогами)', list({ q: 'налогами' })],
    ['full text ru, rare tag (тема1231, 200 articles)', list({ q: 'тема1231' })],
    ['full text en, inflected (tax), lang=en', list({ q: 'tax', lang: 'en' })],
    ['full text en, rare tag (topic4323, 200 articles)', list({ q: 'topic4323' })],
    [
      'full text, two words, 30-day window',
      list({ q: 'инфляция ставка', from: '2025-03-01T00:00:00Z', to: '2025-03-31T00:00:00Z' }),
    ],
    ['full text + entity rank 100', list({ q: 'морозы', entityKey: mid.key })],
    ['relevance: ru common word (налогами)', list(common)],
    ['relevance: ru common word, page 2 (cursor)', list({ ...common, rankAfter: page2 })],
    ['relevance: ru rare tag (тема1231)', list({ q: 'тема1231', sort: 'relevance' })],
    ['relevance: en, two words (children tax)', list({ q: 'children tax', sort: 'relevance' })],
    ['reader of 3 sources: newest 20', list({ sources })],
    ['reader of 3 sources: relevance, ru common word', list({ ...common, sources })],
    ['reader of 3 sources: relevance, en word (oil)', list({ q: 'oil', sort: 'relevance', sources })],
    ['reader of 3 sources: entity rank 100', list({ entityKey: mid.key, sources })],
    ...(await entityCases(dataSource, [top, mid, rare])),
  ];
  const results: QueryResult[] = [];
  for (const [name, query] of cases) if (name.includes(only)) results.push(await measure(name, runs, query));
  return results;
}
