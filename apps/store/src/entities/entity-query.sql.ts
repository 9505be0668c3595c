/**
 * Co-mentions are counted over the entity's most recent articles, so the cost stays bounded for the busiest ones:
 * each article is one look-up of its links (3.5 pages), the bulk of a detail page (1,000: 28-39 ms at load 17-20).
 */
export const CO_MENTION_WINDOW = 500;
export const CO_MENTION_LIMIT = 10;

/**
 * The links of the articles no reader may see: killed ones, and those still under embargo. The write path counts
 * every article's links into `entities.article_count` and `entity_days`; the read path subtracts these, so an
 * embargo lifts with no write and a kill stops counting at once. `hidden_links` (kept by triggers, see its
 * migration) holds the links of killed and embargoed articles by entity, so only the shown entities' are read.
 */
const HIDDEN_NOW = `(h.killed OR h.embargoed_until > now())`;

/** Per entity in `keys` (an SQL array expression), the hidden articles that mention it. */
const hiddenCounts = (keys: string) => `hidden_counts AS (
    SELECT h.entity_key, count(*)::int AS articles FROM hidden_links h
    WHERE h.entity_key = ANY(${keys}) AND ${HIDDEN_NOW}
    GROUP BY h.entity_key)`;

const VISIBLE_COUNT = `(e.article_count - coalesce(hc.articles, 0)) AS article_count`;
export const ENTITY_COLUMNS = `e.key, e.type, e.name, ${VISIBLE_COUNT}`;

export const ENTITY_BY_KEY = `
  WITH ${hiddenCounts('ARRAY[$1::uuid]')}
  SELECT ${ENTITY_COLUMNS} FROM entities e LEFT JOIN hidden_counts hc ON hc.entity_key = e.key WHERE e.key = $1`;

/** Articles and mentions per UTC day (the roll-up less the hidden articles), for the whole UTC days overlapping [from, to). */
export const ENTITY_TIMELINE = `
  WITH hidden_days AS (
    SELECT (h.published_at AT TIME ZONE 'UTC')::date AS day, count(*)::int AS articles, sum(h.count)::int AS mentions
    FROM hidden_links h WHERE h.entity_key = $1 AND ${HIDDEN_NOW} GROUP BY 1)
  SELECT to_char(d.day, 'YYYY-MM-DD') AS day, d.articles - coalesce(x.articles, 0) AS articles,
    d.mentions - coalesce(x.mentions, 0) AS mentions
  FROM entity_days d LEFT JOIN hidden_days x ON x.day = d.day
  WHERE d.entity_key = $1 AND d.articles - coalesce(x.articles, 0) > 0
    AND ($2::timestamptz IS NULL OR d.day >= ($2::timestamptz AT TIME ZONE 'UTC')::date)
    AND ($3::timestamptz IS NULL OR d.day <= (($3::timestamptz - interval '1 microsecond') AT TIME ZONE 'UTC')::date)
  ORDER BY d.day`;

/**
 * The entities most often mentioned in the same articles, among the entity's latest CO_MENTION_WINDOW visible ones
 * in the window; counted on keys first, so only the ten winners are looked up. The entity's hidden articles are
 * hashed once (NOT IN over a key column), not probed for each recent link.
 */
export const CO_MENTIONED = `
  WITH recent AS (
    SELECT l.article_id FROM article_entities l
    WHERE l.entity_key = $1 AND ($2::timestamptz IS NULL OR l.published_at >= $2) AND ($3::timestamptz IS NULL OR l.published_at < $3)
      AND l.article_id NOT IN (SELECT h.article_id FROM hidden_links h WHERE h.entity_key = $1 AND ${HIDDEN_NOW})
    ORDER BY l.published_at DESC, l.article_id DESC LIMIT ${CO_MENTION_WINDOW}),
  shared AS (
    SELECT l.entity_key, count(*)::int AS shared_articles
    FROM recent r JOIN article_entities l ON l.article_id = r.article_id AND l.entity_key <> $1
    GROUP BY l.entity_key ORDER BY shared_articles DESC, l.entity_key LIMIT ${CO_MENTION_LIMIT}),
  ${hiddenCounts('ARRAY(SELECT entity_key FROM shared)')}
  SELECT ${ENTITY_COLUMNS}, s.shared_articles
  FROM shared s JOIN entities e ON e.key = s.entity_key LEFT JOIN hidden_counts hc ON hc.entity_key = e.key
  ORDER BY s.shared_articles DESC, e.key`;

/** The page of entities found, with visible counts, hidden articles subtracted (both searches end the same way). */
const FOUND_PAGE = `
  ${hiddenCounts('ARRAY(SELECT key FROM found)')}
  SELECT ${ENTITY_COLUMNS}, f.article_count AS stored_count
  FROM found f JOIN entities e ON e.key = f.key LEFT JOIN hidden_counts hc ON hc.entity_key = e.key
  ORDER BY f.article_count DESC, f.key DESC`;

/**
 * Entities by type (or all), most mentioned first, after a (count, key) cursor. The order is by the stored count
 * (what the index holds); the count shown leaves out hidden articles. `$1` is unused (the prefix search's slot).
 */
export const ENTITY_SEARCH = `
  WITH found AS (
    SELECT e.key, e.article_count FROM entities e
    WHERE ($1::tsquery IS NULL) AND ($2::text IS NULL OR e.type = $2)
      AND ($3::int IS NULL OR (e.article_count, e.key) < ($3, $4::uuid))
    ORDER BY e.article_count DESC, e.key DESC LIMIT $5),
  ${FOUND_PAGE}`;

/** Past this many matching names a prefix is broad: walking the count index finds a page sooner than sorting. */
export const BROAD_PREFIX = 2_000;

/**
 * Whether `$1` matches at least BROAD_PREFIX names (counts no further). The match is a materialised CTE so the
 * planner takes the GIN index: under a bare LIMIT it would scan the table expecting to stop early, and read all of
 * it when nothing matches.
 */
export const BROAD_PREFIX_MATCHES = `
  WITH m AS MATERIALIZED (SELECT 1 FROM entity_names WHERE terms @@ $1::tsquery)
  SELECT count(*)::int AS n FROM (SELECT 1 FROM m LIMIT ${BROAD_PREFIX}) AS x`;

/**
 * Entities whose names match `$1`, a tsquery over the names' terms (`entityPrefixQuery`: any word, any case form,
 * either script), in the same order, for a narrow prefix: driven from the names' GIN index, then sorted (walking
 * the count index instead reads every entity when few or none match). Each match is looked up by key (the lateral
 * keeps it so): a hash join read and hashed all 50,000 entities for 556 matches (62 ms at load 20).
 */
export const ENTITY_PREFIX_SEARCH = `
  WITH matched AS MATERIALIZED (SELECT DISTINCT n.entity_key FROM entity_names n WHERE n.terms @@ $1::tsquery),
  found AS (
    SELECT e.key, e.article_count FROM matched m
    CROSS JOIN LATERAL (SELECT e.key, e.type, e.article_count FROM entities e WHERE e.key = m.entity_key OFFSET 0) AS e
    WHERE ($2::text IS NULL OR e.type = $2)
      AND ($3::int IS NULL OR (e.article_count, e.key) < ($3, $4::uuid))
    ORDER BY e.article_count DESC, e.key DESC LIMIT $5),
  ${FOUND_PAGE}`;

/** The same for a broad prefix (`т`, `Ka`): the count index walked, each entity checked against the matching names. */
export const ENTITY_BROAD_PREFIX_SEARCH = `
  WITH found AS (
    SELECT e.key, e.article_count FROM entities e
    WHERE e.key IN (SELECT n.entity_key FROM entity_names n WHERE n.terms @@ $1::tsquery)
      AND ($2::text IS NULL OR e.type = $2)
      AND ($3::int IS NULL OR (e.article_count, e.key) < ($3, $4::uuid))
    ORDER BY e.article_count DESC, e.key DESC LIMIT $5),
  ${FOUND_PAGE}`;
