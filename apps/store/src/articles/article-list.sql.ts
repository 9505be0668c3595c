import { searchConfigOf } from './search-config.js';
import { expandedWords } from './search-terms.js';

/** A resolved `GET /v1/articles` filter: every value still goes to PostgreSQL as a parameter. */
export interface ArticleFilter {
  source?: string;
  lang?: string;
  status?: 'active' | 'killed';
  entityKey?: string;
  q?: string;
  from?: string;
  to?: string;
  story?: string;
  /** The sources the reader's key is limited to, if it is. */
  sources?: readonly string[];
  subject?: string;
  urgency?: number;
  genre?: string;
  byline?: string;
  /** `relevance` (needs `q`) or `published`, newest first. */
  sort?: 'relevance' | 'published';
  /** The sort key of the last article of the previous page: its published time (µs, UTC) and id. */
  after?: [string, string];
  /** In a relevance-ordered list, the last item's rank, published time and id, and the ranked window's floor. */
  rankAfter?: { rank: string; at: string; id: string; floor: [string, string] | null };
  /** How many of the newest matches a first relevance page ranks (`RANK_WINDOW`; smaller in tests). */
  rankWindow?: number;
  limit: number;
}

export const SUMMARY_COLUMNS = `a.id, a.source, a.external_id, a.version, a.status, a.pub_status, a.title, a.lang, a.url,
  a.canonical_url, a.published_at, a.embargoed_until, a.received_at, a.processed_at, a.stored_at, a.content_hash,
  a.story_id, a.duplicate, a.processor_version, a.model_version`;

/** Collects positional parameters; the SQL text holds only `$n` placeholders and constants. */
export class Params {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** The primary language subtags the read-model migration's CASE indexes with `russian` and `english`. */
const LANGUAGE_OF_ARTICLE = `split_part(lower(a.lang), '-', 1)`;

/**
 * The query parsed with the configuration the article's `search` column was built with (the read-model migration's
 * CASE). Each parse is a sub-select without outer references, so PostgreSQL runs it once per query (an InitPlan),
 * not once per candidate row: a relevance window re-checks thousands of rows.
 */
function asIndexed(query: (config: string) => string): string {
  return `(CASE ${LANGUAGE_OF_ARTICLE} WHEN 'ru' THEN (SELECT ${query("'russian'")}) WHEN 'rus' THEN (SELECT ${query("'russian'")})
    WHEN 'en' THEN (SELECT ${query("'english'")}) WHEN 'eng' THEN (SELECT ${query("'english'")})
    ELSE (SELECT ${query("'simple'")}) END)`;
}

/**
 * With a language filter, the query is parsed with that language's configuration. Without one, the index is
 * searched with the query parsed by `russian` (Russian stems for Cyrillic words, English stems for Latin ones, as
 * the `russian` configuration maps ASCII words to the English stemmer) OR-ed with `simple` (unstemmed words, as
 * `simple`-indexed languages and Cyrillic words in English articles are stored), and each article found is then
 * matched with the query parsed by its own configuration: the OR alone let an excluded word through
 * («производство -Татарстан»: the unstemmed `!татарстан` holds for an article indexed as `татарстан` stemmed).
 */
function fullText(q: string, lang: string | undefined, p: Params): string {
  const query = tsQuery(q, p);
  if (lang !== undefined) return `a.search @@ ${query(`${p.add(searchConfigOf(lang))}::regconfig`)}`;
  // coalesce: the planner takes a bare `@@` over a CASE to keep 0.5 % of rows (a boolean expression, half), so it
  // expected a few hundred matches of a common word, sorted all 100,000 instead of walking the date index (1.7 s).
  return `a.search @@ (${query("'russian'")} || ${query("'simple'")}) AND coalesce(a.search @@ ${asIndexed(query)}, false)`;
}

/** The query relevance is ranked by: as `fullText` finds articles, without the per-article re-check. */
export function rankQuery(q: string, lang: string | undefined, p: Params): string {
  const query = tsQuery(q, p);
  if (lang !== undefined) return query(`${p.add(searchConfigOf(lang))}::regconfig`);
  return `(${query("'russian'")} || ${query("'simple'")})`;
}

/**
 * The query under a given configuration: as typed, or, for a plain query with Russian words, the AND of each
 * word's forms OR-ed (`expandedWords`), so every case form finds the others whatever their stems.
 */
function tsQuery(q: string, p: Params): (config: string) => string {
  const words = expandedWords(q);
  if (words === null) {
    const text = p.add(q);
    return (config) => `websearch_to_tsquery(${config}, ${text})`;
  }
  const texts = words.map((w) => p.add(w));
  return (config) => `(${texts.map((t) => `websearch_to_tsquery(${config}, ${t})`).join(' && ')})`;
}

/**
 * What no reader may see, on every route: an article before its embargo time (it appears when the time comes, with
 * no write needed); and a killed article's words, so search and entity filters do not find it by them.
 */
export const EMBARGO_LIFTED = `(a.embargoed_until IS NULL OR a.embargoed_until <= now())`;

function editorialRules(f: ArticleFilter, p: Params): string[] {
  const where = [EMBARGO_LIFTED];
  if (f.q !== undefined || f.entityKey !== undefined) where.push(`a.status = 'active'`);
  if (f.sources !== undefined) where.push(`a.source = ANY(${p.add(f.sources)}::text[])`);
  return where;
}

/** `metadata @> {list: [{key: value}]}` for each key: containment, so the GIN index on `metadata` answers it. */
function containsAny(list: string, keys: string[], value: string, p: Params): string {
  return `(${keys.map((key) => `a.metadata @> ${p.add(JSON.stringify({ [list]: [{ [key]: value }] }))}::jsonb`).join(' OR ')})`;
}

/** The agency-metadata filters: subject and genre by code or URI (genre also by name), urgency at most N, byline. */
function metadataConditions(f: ArticleFilter, p: Params): string[] {
  const where: string[] = [];
  if (f.subject !== undefined) where.push(containsAny('subjects', ['code', 'uri'], f.subject, p));
  if (f.genre !== undefined) where.push(containsAny('genres', ['code', 'uri', 'name'], f.genre, p));
  if (f.urgency !== undefined) where.push(`(a.metadata ->> 'urgency')::int <= ${p.add(f.urgency)}`);
  if (f.byline !== undefined) {
    const words = `%${f.byline.replace(/[\\%_]/g, '\\$&')}%`;
    where.push(`(${containsAny('people', ['name'], f.byline, p)} OR a.metadata ->> 'byline' ILIKE ${p.add(words)})`);
  }
  return where;
}

export function conditions(f: ArticleFilter, order: { at: string; id: string }, p: Params): string[] {
  const where = editorialRules(f, p);
  if (f.entityKey !== undefined) where.push(`l.entity_key = ${p.add(f.entityKey)}::uuid`);
  if (f.source !== undefined) where.push(`a.source = ${p.add(f.source)}`);
  if (f.lang !== undefined) where.push(`a.lang = ${p.add(f.lang)}`);
  if (f.status !== undefined) where.push(`a.status = ${p.add(f.status)}`);
  if (f.story !== undefined) where.push(`a.story_id = ${p.add(f.story)}::uuid`);
  if (f.from !== undefined) where.push(`${order.at} >= ${p.add(f.from)}::timestamptz`);
  if (f.to !== undefined) where.push(`${order.at} < ${p.add(f.to)}::timestamptz`);
  if (f.q !== undefined) where.push(fullText(f.q, f.lang, p));
  where.push(...metadataConditions(f, p));
  if (f.after !== undefined)
    where.push(`(${order.at}, ${order.id}) < (${p.add(f.after[0])}::timestamptz, ${p.add(f.after[1])}::uuid)`);
  return where;
}

/** The published time and id a list is ordered by: the entity link's copy when filtered by entity. */
export function sortColumns(f: ArticleFilter): { at: string; id: string } {
  return f.entityKey !== undefined
    ? { at: 'l.published_at', id: 'l.article_id' }
    : { at: 'a.published_at', id: 'a.id' };
}

/**
 * One page of articles, newest first, one more than asked (to tell whether a next page exists). Filtered by
 * entity, the query walks the entity's link index, which carries the published time in the same order.
 */
export function articleListQuery(f: ArticleFilter): { sql: string; values: unknown[] } {
  const p = new Params();
  const order = sortColumns(f);
  const where = conditions(f, order, p);
  const sql = `
    SELECT ${SUMMARY_COLUMNS}, to_char(${order.at} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS sort_at
    FROM articles a${f.entityKey !== undefined ? ' JOIN article_entities l ON l.article_id = a.id' : ''}
    WHERE ${where.join(' AND ')}
    ORDER BY ${order.at} DESC, ${order.id} DESC
    LIMIT ${p.add(f.limit + 1)}`;
  return { sql, values: p.values };
}
