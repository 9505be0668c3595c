import type { Validators } from './feed-http.client.js';

/** A feed as the API shows it. */
export interface Feed {
  id: string;
  source: string;
  url: string;
  intervalSeconds: number;
  validators: Validators;
  nextPollAt: string;
  lastPolledAt: string | null;
  lastStatus: PollStatus | null;
  lastErrorCode: string | null;
  lastError: string | null;
  consecutiveFailures: number;
  polls: number;
  itemsPublished: number;
  createdAt: string;
  /** When an operator paused it; a paused feed is not polled until resumed. */
  pausedAt: string | null;
  /** After failures, how long the scheduler waits from the last poll to the next (exponential, jittered). */
  backoffSeconds: number | null;
}

export type PollStatus = 'ok' | 'not-modified' | 'error';

/** What one poll changes on its feed. */
export interface PollRecord {
  status: PollStatus;
  nextPollSeconds: number;
  failures: number;
  published: number;
  errorCode?: string;
  error?: string;
  /** New validators after a 200; absent keeps the old ones. */
  validators?: Validators;
}

export interface FeedRow {
  id: string;
  source: string;
  url: string;
  interval_seconds: number;
  etag: string | null;
  last_modified: string | null;
  next_poll_at: Date;
  last_polled_at: Date | null;
  last_status: PollStatus | null;
  last_error_code: string | null;
  last_error: string | null;
  consecutive_failures: number;
  polls: string;
  items_published: string;
  created_at: Date;
  paused_at: Date | null;
}

export const FEED_COLUMNS = `id, source, url, interval_seconds, etag, last_modified, next_poll_at, last_polled_at, last_status,
  last_error_code, last_error, consecutive_failures, polls, items_published, created_at, paused_at`;

export function toFeed(r: FeedRow): Feed {
  return {
    id: r.id,
    source: r.source,
    url: r.url,
    intervalSeconds: r.interval_seconds,
    validators: { etag: r.etag, lastModified: r.last_modified },
    nextPollAt: r.next_poll_at.toISOString(),
    lastPolledAt: r.last_polled_at?.toISOString() ?? null,
    lastStatus: r.last_status,
    lastErrorCode: r.last_error_code,
    lastError: r.last_error,
    consecutiveFailures: r.consecutive_failures,
    polls: Number(r.polls),
    itemsPublished: Number(r.items_published),
    createdAt: r.created_at.toISOString(),
    pausedAt: r.paused_at?.toISOString() ?? null,
    backoffSeconds: backoffOf(r),
  };
}

function backoffOf(r: FeedRow): number | null {
  if (r.consecutive_failures === 0 || !r.last_polled_at) return null;
  return Math.max(0, Math.round((r.next_poll_at.getTime() - r.last_polled_at.getTime()) / 1000));
}

/**
 * Whether the source of feed `f` may be polled: it has a key in the configuration (the text array parameter
 * `configured`) or an unrevoked one in the database.
 */
const hasLiveKey = (configured: string) =>
  `(f.source = ANY(${configured}::text[]) OR EXISTS (SELECT 1 FROM api_keys k WHERE k.source = f.source AND k.revoked_at IS NULL))`;

/** Serialises the changes to one source's feed URLs (registration, a permanent move) across instances. */
export const LOCK_SOURCE_FEEDS = `SELECT pg_advisory_xact_lock(hashtext('feeds'), hashtext($1))`;

export const CLAIM_DUE = `
  WITH due AS (
    SELECT id FROM feeds f WHERE next_poll_at <= now() AND paused_at IS NULL AND (lease_until IS NULL OR lease_until < now()) AND ${hasLiveKey('$4')}
    ORDER BY next_poll_at LIMIT $3 FOR UPDATE SKIP LOCKED
  ), claimed AS (
    UPDATE feeds f SET lease_owner = $1, lease_until = now() + make_interval(secs => $2) FROM due WHERE f.id = due.id
    RETURNING f.*
  ) SELECT ${FEED_COLUMNS} FROM claimed`;

/**
 * Due feeds whose source lost its last key are not polled; they record why and are looked at again one interval
 * later, so a re-issued key resumes polling within an interval. Polls, failures and `last_polled_at` stay as
 * they were: nothing was fetched.
 */
export const PARK_UNKEYED = `
  WITH parked AS (
    UPDATE feeds f SET next_poll_at = now() + make_interval(secs => f.interval_seconds), last_status = 'error',
      last_error_code = 'SOURCE_REVOKED', last_error = $2
    WHERE f.next_poll_at <= now() AND f.paused_at IS NULL AND (f.lease_until IS NULL OR f.lease_until < now()) AND NOT ${hasLiveKey('$1')}
    RETURNING f.source
  ) SELECT source, count(*)::int AS n FROM parked GROUP BY source ORDER BY source`;

/** Moves a leased feed to `$3`, unless another feed of its source is already there. */
export const MOVE_URL = `
  WITH moved AS (
    UPDATE feeds f SET url = $3 WHERE f.id = $1 AND f.lease_owner = $2
      AND NOT EXISTS (SELECT 1 FROM feeds other WHERE other.source = f.source AND other.url = $3)
    RETURNING f.id
  ) SELECT count(*)::int AS n FROM moved`;

export const FINISH_POLL = `
  WITH done AS (
    UPDATE feeds SET lease_owner = NULL, lease_until = NULL, next_poll_at = now() + make_interval(secs => $3),
      last_polled_at = now(), last_status = $4, last_error_code = $5, last_error = $6, consecutive_failures = $7,
      etag = CASE WHEN $8 = 1 THEN $9 ELSE etag END, last_modified = CASE WHEN $8 = 1 THEN $10 ELSE last_modified END,
      polls = polls + 1, items_published = items_published + $11
    WHERE id = $1 AND lease_owner = $2 RETURNING id
  ) SELECT count(*)::int AS n FROM done`;

export const TOUCH_SEEN = `
  WITH touched AS (
    UPDATE feed_seen_items SET seen_at = now() WHERE feed_id = $1 AND item_key = ANY($2::text[]) RETURNING item_key
  ) SELECT item_key FROM touched`;

/** Extends a lease this owner still holds (expired or not, as long as nobody took it over). */
export const EXTEND_LEASE = `
  WITH kept AS (UPDATE feeds SET lease_until = now() + make_interval(secs => $3) WHERE id = $1 AND lease_owner = $2 RETURNING 1)
  SELECT count(*)::int AS n FROM kept`;

export const MARK_SEEN = `
  INSERT INTO feed_seen_items (feed_id, item_key) SELECT $1, k FROM unnest($2::text[]) AS k
  ON CONFLICT (feed_id, item_key) DO UPDATE SET seen_at = now()`;

/** The foreign key `MARK_SEEN` violates when its feed was deleted since it was claimed (the migration's default name). */
const SEEN_ITEMS_FEED_FK = 'feed_seen_items_feed_id_fkey';

/** Whether `error` is PostgreSQL refusing seen items because their feed no longer exists (SQLSTATE 23503). */
export function isFeedGone(error: unknown): boolean {
  const { code, constraint } =
    (error as { driverError?: { code?: unknown; constraint?: unknown } } | null)?.driverError ?? {};
  return code === '23503' && constraint === SEEN_ITEMS_FEED_FK;
}

/** `$1` the feed, `$2` pause (true) or resume, `$3` its source or null for any source. */
export const SET_PAUSED = `
  WITH changed AS (
    UPDATE feeds f SET paused_at = CASE WHEN $2::boolean THEN coalesce(f.paused_at, now()) ELSE NULL END
    WHERE f.id = $1 AND ($3::text IS NULL OR f.source = $3) RETURNING f.*
  ) SELECT ${FEED_COLUMNS} FROM changed`;

/** Makes an unpaused feed due now, so the next scheduler tick claims it; `$2` as in `SET_PAUSED`. */
export const POLL_NOW = `
  WITH due AS (
    UPDATE feeds f SET next_poll_at = now()
    WHERE f.id = $1 AND ($2::text IS NULL OR f.source = $2) AND f.paused_at IS NULL RETURNING f.*
  ) SELECT ${FEED_COLUMNS} FROM due`;
