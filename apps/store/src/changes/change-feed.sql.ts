/**
 * The change feed reads `article_changes` in (transaction id, sequence) order, but only below the horizon: the
 * xmin of the statement's snapshot, under which every transaction has committed or aborted. A transaction still
 * running, whatever its id, holds the horizon at or below its own id, and one that has not yet written will get
 * a larger id; so a row committed later never lands behind a cursor already handed out: no gap, and each row is
 * read once, whatever order two store instances commit in.
 *
 * Changes made under embargo queue apart, in the same order, and are served only once their embargo has passed,
 * so ordinary changes never wait for an embargo. Each query returns the horizon of its own snapshot with its
 * rows: the ordinary queue's cursor may move up to it once drained.
 */
const page = (embargoed: boolean) => `
  WITH page AS (
    SELECT c.xid, c.seq, c.article_id, c.source, c.version, c.kind, c.changed_at, c.embargoed_until <= now() AS released
    FROM article_changes c
    WHERE c.xid < pg_snapshot_xmin(pg_current_snapshot())
      AND (c.xid, c.seq) > ($1::text::xid8, $2::bigint)
      AND c.embargoed_until IS ${embargoed ? 'NOT NULL' : 'NULL'}
      AND ($4::text[] IS NULL OR c.source = ANY($4::text[]))
    ORDER BY c.xid, c.seq LIMIT $3)
  SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon,
    coalesce(json_agg(json_build_object('xid', xid::text, 'seq', seq::text, 'articleId', article_id, 'source', source,
      'version', version, 'kind', kind, 'changedAt', changed_at, 'released', coalesce(released, true))
      ORDER BY xid, seq), '[]') AS rows
  FROM page`;

/** Ordinary changes after ($1, $2), at most $3, of the sources $4 (all when null). */
export const OPEN_CHANGES = page(false);

/** Changes made under embargo, likewise, each with whether its embargo has passed. */
export const EMBARGOED_CHANGES = page(true);
