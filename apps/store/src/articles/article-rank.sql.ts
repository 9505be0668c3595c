import { conditions, Params, rankQuery, sortColumns, SUMMARY_COLUMNS, type ArticleFilter } from './article-list.sql.js';

/**
 * How many of the newest matches are ranked on a first page. Ranking reads every candidate's `tsvector`, so a
 * common word (a quarter of a million matches) must not rank them all; the rest follow the window newest first.
 */
export const RANK_WINDOW = 300;

/** The window a first relevance page ranks. */
export function windowOf(f: ArticleFilter): number {
  return f.rankWindow ?? RANK_WINDOW;
}

const US = `'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'`;

/**
 * One page of a relevance-ordered list, one more than asked: the matches in the ranked window by
 * `ts_rank` (how often the forms the query names occur; `ts_rank_cd` measured twice as costly), then newest first, then id. The first page's
 * window is the `RANK_WINDOW` newest matches; each row says whether it was full and where its floor is (the oldest
 * (published time, id) in it), and later pages rank every match at or above that floor, so the order does not
 * change under a client paging through it (a match written meanwhile above the floor is ranked in its place, as a
 * new article is in a newest-first list).
 */
export function articleRankQuery(f: ArticleFilter): { sql: string; values: unknown[] } {
  const p = new Params();
  const order = sortColumns(f);
  const where = conditions({ ...f, after: undefined }, order, p);
  const floor = f.rankAfter?.floor;
  if (floor) where.push(`(${order.at}, ${order.id}) >= (${p.add(floor[0])}::timestamptz, ${p.add(floor[1])}::uuid)`);
  const rank = rankQuery(f.q!, f.lang, p);
  const after = f.rankAfter
    ? `WHERE (rank, at, key_id) < (${p.add(f.rankAfter.rank)}::real, ${p.add(f.rankAfter.at)}::timestamptz, ${p.add(f.rankAfter.id)}::uuid)`
    : '';
  const sql = `
    WITH query AS MATERIALIZED (SELECT ${rank} AS tsq),
    candidates AS MATERIALIZED (
      SELECT ${SUMMARY_COLUMNS}, a.search, ${order.at} AS at, ${order.id} AS key_id
      FROM articles a${f.entityKey !== undefined ? ' JOIN article_entities l ON l.article_id = a.id' : ''}
      WHERE ${where.join(' AND ')}
      ORDER BY ${order.at} DESC, ${order.id} DESC
      ${floor || f.rankAfter ? '' : `LIMIT ${p.add(windowOf(f))}`}
    ), ranked AS (
      SELECT c.*, ts_rank(c.search, query.tsq) AS rank,
        count(*) OVER () AS window_size,
        first_value(to_char(c.at AT TIME ZONE 'UTC', ${US})) OVER w AS floor_at,
        first_value(c.key_id) OVER w AS floor_id
      FROM candidates c CROSS JOIN query
      WINDOW w AS (ORDER BY c.at, c.key_id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
    )
    SELECT ${SUMMARY_COLUMNS.replaceAll('a.', 'r.')}, r.rank::text AS rank_text, r.window_size, r.floor_at, r.floor_id,
      to_char(r.at AT TIME ZONE 'UTC', ${US}) AS sort_at
    FROM ranked r ${after}
    ORDER BY rank DESC, at DESC, key_id DESC
    LIMIT ${p.add(f.limit + 1)}`;
  return { sql, values: p.values };
}
