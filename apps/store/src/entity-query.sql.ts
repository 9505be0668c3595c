/** Co-mentions are counted over the entity's most recent articles, so the cost stays bounded for the busiest ones. */
export const CO_MENTION_WINDOW = 1_000;
export const CO_MENTION_LIMIT = 10;

export const ENTITY_COLUMNS = `e.key, e.type, e.name, e.article_count`;

export const ENTITY_BY_KEY = `SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.key = $1`;

/** Articles and mentions per UTC day (the roll-up), for the whole UTC days overlapping [from, to). */
export const ENTITY_TIMELINE = `
  SELECT to_char(day, 'YYYY-MM-DD') AS day, articles, mentions
  FROM entity_days
  WHERE entity_key = $1 AND articles > 0
    AND ($2::timestamptz IS NULL OR day >= ($2::timestamptz AT TIME ZONE 'UTC')::date)
    AND ($3::timestamptz IS NULL OR day <= (($3::timestamptz - interval '1 microsecond') AT TIME ZONE 'UTC')::date)
  ORDER BY day`;

/**
 * The entities most often mentioned in the same articles, among the entity's latest CO_MENTION_WINDOW in the
 * window; counted on keys first, so only the ten winners are looked up.
 */
export const CO_MENTIONED = `
  WITH recent AS (
    SELECT article_id FROM article_entities
    WHERE entity_key = $1 AND ($2::timestamptz IS NULL OR published_at >= $2) AND ($3::timestamptz IS NULL OR published_at < $3)
    ORDER BY published_at DESC, article_id DESC LIMIT ${CO_MENTION_WINDOW}),
  shared AS (
    SELECT l.entity_key, count(*)::int AS shared_articles
    FROM recent r JOIN article_entities l ON l.article_id = r.article_id AND l.entity_key <> $1
    GROUP BY l.entity_key ORDER BY shared_articles DESC, l.entity_key LIMIT ${CO_MENTION_LIMIT})
  SELECT ${ENTITY_COLUMNS}, s.shared_articles
  FROM shared s JOIN entities e ON e.key = s.entity_key
  ORDER BY s.shared_articles DESC, e.key`;

/** Entities by name prefix (case-insensitive) and type, most mentioned first, after a (count, key) cursor. */
export const ENTITY_SEARCH = `
  SELECT ${ENTITY_COLUMNS} FROM entities e
  WHERE ($1::text IS NULL OR lower(e.name) LIKE $1 ESCAPE '\\')
    AND ($2::text IS NULL OR e.type = $2)
    AND ($3::int IS NULL OR (e.article_count, e.key) < ($3, $4::uuid))
  ORDER BY e.article_count DESC, e.key DESC LIMIT $5`;
