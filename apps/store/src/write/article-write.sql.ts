/**
 * The write path's statements. Each takes one JSON (or array) parameter, so a batch costs the same
 * handful of round trips whatever its size.
 */

/**
 * The content a kill leaves as it was, so a killed article can still be read (and audited) as it ran. A kill
 * sent again finds that content and leaves it too.
 */
const KEPT_ON_KILL = [
  'title',
  'text',
  'lang',
  'url',
  'canonical_url',
  'published_at',
  'content_hash',
  'story_id',
  'duplicate',
  'metadata',
  'published_at_source',
];
const KILLING = `(EXCLUDED.pub_status = 'canceled')`;

/**
 * The full-text vector (`article_search`, the costliest part of an upsert) of a row proposed for insertion, parsed
 * only when no row has its id: PostgreSQL computes the proposed row before it finds the conflict. A row inserted
 * meanwhile by another transaction conflicts and takes the update's branch, which parses what it needs itself (one
 * deleted meanwhile would be stored without a vector: nothing deletes articles while the pipeline writes them).
 */
const SEARCH_IF_NEW = `CASE WHEN NOT EXISTS (SELECT FROM articles o WHERE o.id = r.id) THEN article_search(lang, title, text) END`;

/** An update keeps the vector when a kill keeps the content, or when the language, title and text are the same. */
const SEARCH_ON_UPDATE = `CASE WHEN ${KILLING} OR (a.lang, a.title, a.text) IS NOT DISTINCT FROM (EXCLUDED.lang, EXCLUDED.title, EXCLUDED.text)
      THEN a.search ELSE coalesce(EXCLUDED.search, article_search(EXCLUDED.lang, EXCLUDED.title, EXCLUDED.text)) END`;

/**
 * An existing row is replaced only by a newer (version, processed_at), or by another message at the same one
 * (a kill processed in the same processor batch as its article, never the other way round: the live message is
 * the earlier of the two); a redelivery of the message already stored and late old versions change nothing. A kill
 * marks the article killed but keeps its content (and so its links); `RETURNING` gives only the rows actually
 * written, their published time as stored, and whether each was new (a row a statement inserted has no deleting
 * transaction yet, `xmax = 0`; an updated one carries this transaction's id), since a new row cannot have links to
 * remove.
 */
export const UPSERT_ARTICLES = `
  INSERT INTO articles AS a (id, source, external_id, version, pub_status, title, text, lang, url, canonical_url,
    published_at, embargoed_until, received_at, processed_at, content_hash, story_id, duplicate,
    processor_version, model_version, lineage, metadata, published_at_source, search)
  SELECT id, source, external_id, version, pub_status, title, text, lang, url, canonical_url,
    published_at, embargoed_until, received_at, processed_at, content_hash, story_id, duplicate,
    processor_version, model_version, lineage, coalesce(metadata, '{}'), published_at_source,
    ${SEARCH_IF_NEW}
  FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, source text, external_id text, version integer, pub_status text,
    title text, text text, lang text, url text, canonical_url text, published_at timestamptz, embargoed_until timestamptz,
    received_at timestamptz, processed_at timestamptz, content_hash text, story_id uuid, duplicate text,
    processor_version text, model_version text, lineage jsonb, metadata jsonb,
    published_at_source jsonb)
  ON CONFLICT (id) DO UPDATE SET
    version = EXCLUDED.version, pub_status = EXCLUDED.pub_status,
    embargoed_until = EXCLUDED.embargoed_until, received_at = EXCLUDED.received_at,
    processed_at = EXCLUDED.processed_at, stored_at = now(),
    processor_version = EXCLUDED.processor_version, model_version = EXCLUDED.model_version, lineage = EXCLUDED.lineage,
    ${KEPT_ON_KILL.map((c) => `${c} = CASE WHEN ${KILLING} THEN a.${c} ELSE EXCLUDED.${c} END`).join(',\n    ')},
    search = ${SEARCH_ON_UPDATE}
  WHERE (a.version, a.processed_at) < (EXCLUDED.version, EXCLUDED.processed_at)
    OR ((a.version, a.processed_at) = (EXCLUDED.version, EXCLUDED.processed_at)
      AND (a.pub_status, a.lineage -> 'raw') IS DISTINCT FROM (EXCLUDED.pub_status, EXCLUDED.lineage -> 'raw')
      AND NOT (a.pub_status = 'canceled' AND EXCLUDED.pub_status <> 'canceled'))
  RETURNING a.id, a.content_hash, a.published_at, (a.xmax = 0) AS inserted`;

/** New entities, in key order (the caller sorts) so concurrent batches wait on each other instead of deadlocking. */
export const INSERT_ENTITIES = `
  INSERT INTO entities (key, type, name)
  SELECT key, type, name FROM jsonb_to_recordset($1::jsonb) AS r(key uuid, type text, name text) ORDER BY key
  ON CONFLICT (key) DO NOTHING`;

/** Removes the links of the given articles, reporting what they counted per entity and UTC day. */
export const DELETE_LINKS = `
  WITH removed AS (DELETE FROM article_entities WHERE article_id = ANY($1::uuid[]) RETURNING entity_key, count, published_at)
  SELECT entity_key, to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, count(*)::int AS articles, sum(count)::int AS mentions
  FROM removed GROUP BY 1, 2`;

export const INSERT_LINKS = `
  INSERT INTO article_entities (article_id, entity_key, count, mentions, published_at)
  SELECT article_id, entity_key, count, mentions, published_at
  FROM jsonb_to_recordset($1::jsonb) AS r(article_id uuid, entity_key uuid, count integer, mentions jsonb, published_at timestamptz)`;

/**
 * Row locks in key order before the counts move (an UPDATE … FROM locks in no particular order), on every entity
 * the batch links to as well: links have no foreign key, so the keys found are the proof each linked entity exists
 * (and, locked, that it stays until the batch commits).
 */
export const LOCK_ENTITIES = `SELECT key FROM entities WHERE key = ANY($1::uuid[]) ORDER BY key FOR NO KEY UPDATE`;

export const UPDATE_COUNTS = `
  UPDATE entities e SET article_count = e.article_count + d.delta
  FROM jsonb_to_recordset($1::jsonb) AS d(key uuid, delta integer) WHERE e.key = d.key`;

/** Moves the daily roll-up by the batch's differences, in (key, day) order. */
export const UPDATE_DAYS = `
  INSERT INTO entity_days AS d (entity_key, day, articles, mentions)
  SELECT key, day, articles, mentions FROM jsonb_to_recordset($1::jsonb) AS r(key uuid, day date, articles integer, mentions integer)
  ORDER BY key, day
  ON CONFLICT (entity_key, day) DO UPDATE SET articles = d.articles + EXCLUDED.articles, mentions = d.mentions + EXCLUDED.mentions`;
