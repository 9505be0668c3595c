import { toDatabaseError, withDatabaseErrors } from '@app/database';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { FEED_ERROR_CODES } from './feed-fetch.error.js';
import {
  CLAIM_DUE,
  EXTEND_LEASE,
  FEED_COLUMNS,
  FINISH_POLL,
  isFeedGone,
  LOCK_SOURCE_FEEDS,
  MARK_SEEN,
  MOVE_URL,
  PARK_UNKEYED,
  POLL_NOW,
  SET_PAUSED,
  toFeed,
  TOUCH_SEEN,
  type Feed,
  type FeedRow,
  type PollRecord,
} from './feed.sql.js';

export type { Feed, PollRecord } from './feed.sql.js';

/** What a registration did; reaching the source's limit is an expected answer, not a failure. */
export type Registration =
  { outcome: 'created' | 'existing'; feed: Feed } | { outcome: 'limit-reached'; count: number };

/** Feeds, their polling state and their seen-sets, in PostgreSQL. */
@Injectable()
export class FeedRepository {
  constructor(private readonly dataSource: DataSource) {}

  private async query<T>(sql: string, parameters: unknown[]): Promise<T[]> {
    return withDatabaseErrors(() => this.dataSource.query(sql, parameters) as Promise<T[]>);
  }

  /**
   * Registers a feed, finds the one `source` already has for `url`, or refuses a new one when the source has
   * `maxFeeds`. The source's lock makes concurrent registrations take turns, and each statement after it reads a
   * fresh snapshot (READ COMMITTED), so the count includes what the previous holder inserted.
   */
  async register(source: string, url: string, intervalSeconds: number, maxFeeds: number): Promise<Registration> {
    return withDatabaseErrors(() =>
      this.dataSource.transaction(async (manager): Promise<Registration> => {
        await manager.query(LOCK_SOURCE_FEEDS, [source]);
        const [existing] = (await manager.query(`SELECT ${FEED_COLUMNS} FROM feeds WHERE source = $1 AND url = $2`, [
          source,
          url,
        ])) as FeedRow[];
        if (existing) return { outcome: 'existing', feed: toFeed(existing) };
        const [{ n }] = (await manager.query('SELECT count(*)::int AS n FROM feeds WHERE source = $1', [source])) as [
          { n: number },
        ];
        if (n >= maxFeeds) return { outcome: 'limit-reached', count: n };
        const [inserted] = (await manager.query(
          `INSERT INTO feeds (id, source, url, interval_seconds) VALUES ($1, $2, $3, $4) RETURNING ${FEED_COLUMNS}`,
          [randomUUID(), source, url, intervalSeconds],
        )) as FeedRow[];
        return { outcome: 'created', feed: toFeed(inserted!) };
      }),
    );
  }

  async list(source: string): Promise<Feed[]> {
    const rows = await this.query<FeedRow>(
      `SELECT ${FEED_COLUMNS} FROM feeds WHERE source = $1 ORDER BY created_at, id`,
      [source],
    );
    return rows.map(toFeed);
  }

  /** Every source's feeds, for operators; `FEED_MAX_PER_SOURCE` and the number of sources keep this small. */
  async listAll(): Promise<Feed[]> {
    const rows = await this.query<FeedRow>(`SELECT ${FEED_COLUMNS} FROM feeds ORDER BY source, created_at, id`, []);
    return rows.map(toFeed);
  }

  /** Pauses or resumes the feed (of `source`, or of any source when null); null when there is no such feed. */
  async setPaused(id: string, paused: boolean, source: string | null): Promise<Feed | null> {
    const [row] = await this.query<FeedRow>(SET_PAUSED, [id, paused, source]);
    return row ? toFeed(row) : null;
  }

  /**
   * Makes the feed due now, so a scheduler claims it on its next tick. `paused` when it is paused (it stays so),
   * null when there is no such feed (of `source`, or of any source when null).
   */
  async pollNow(id: string, source: string | null): Promise<Feed | 'paused' | null> {
    const [row] = await this.query<FeedRow>(POLL_NOW, [id, source]);
    if (row) return toFeed(row);
    const [exists] = await this.query<{ id: string }>(
      'SELECT id FROM feeds WHERE id = $1 AND ($2::text IS NULL OR source = $2)',
      [id, source],
    );
    return exists ? 'paused' : null;
  }

  /** The feed, when it exists and belongs to `source`. */
  async find(source: string, id: string): Promise<Feed | null> {
    const rows = await this.query<FeedRow>(`SELECT ${FEED_COLUMNS} FROM feeds WHERE id = $1 AND source = $2`, [
      id,
      source,
    ]);
    return rows[0] ? toFeed(rows[0]) : null;
  }

  async remove(source: string, id: string): Promise<boolean> {
    const rows = await this.query<{ n: number }>(
      `WITH gone AS (DELETE FROM feeds WHERE id = $1 AND source = $2 RETURNING id) SELECT count(*)::int AS n FROM gone`,
      [id, source],
    );
    return (rows[0]?.n ?? 0) > 0;
  }

  /**
   * Leases up to `limit` due feeds to `owner` for `leaseSeconds`. `SKIP LOCKED` keeps two instances from
   * claiming the same row at once; the lease keeps them apart for the whole poll.
   */
  async claimDue(
    owner: string,
    limit: number,
    leaseSeconds: number,
    configuredSources: readonly string[],
  ): Promise<Feed[]> {
    const rows = await this.query<FeedRow>(CLAIM_DUE, [owner, leaseSeconds, limit, configuredSources]);
    return rows.map(toFeed);
  }

  /**
   * Marks the due feeds of sources with neither a configured nor an unrevoked key `SOURCE_REVOKED` and puts them
   * off by their interval; `claimDue` never returns them. Returns how many were put off, per source.
   */
  async parkUnkeyed(configuredSources: readonly string[]): Promise<{ source: string; n: number }[]> {
    return this.query(PARK_UNKEYED, [configuredSources, FEED_ERROR_CODES.SOURCE_REVOKED]);
  }

  /**
   * How many feeds have each `last_error_code`, most common first, at most `limit` codes. A scan of `feeds`, which
   * `FEED_MAX_PER_SOURCE` and the number of sources keep small.
   */
  async countByErrorCode(limit: number): Promise<{ code: string; n: number }[]> {
    return this.query(
      'SELECT last_error_code AS code, count(*)::int AS n FROM feeds WHERE last_error_code IS NOT NULL GROUP BY last_error_code ORDER BY n DESC, code LIMIT $1',
      [limit],
    );
  }

  /**
   * Points a feed this owner has leased at the URL it permanently moved to; false when the source already has
   * a feed there (the two would poll the same URL) or the lease was lost. Takes the source's lock, like
   * `register`, so neither can race the other into the `(source, url)` constraint.
   */
  async moveUrl(feed: Pick<Feed, 'id' | 'source'>, owner: string, url: string): Promise<boolean> {
    return withDatabaseErrors(() =>
      this.dataSource.transaction(async (manager) => {
        await manager.query(LOCK_SOURCE_FEEDS, [feed.source]);
        const [{ n }] = (await manager.query(MOVE_URL, [feed.id, owner, url])) as [{ n: number }];
        return n > 0;
      }),
    );
  }

  /** Records a poll and releases the lease; false when the lease was lost (expired and taken, or deleted). */
  async finishPoll(id: string, owner: string, poll: PollRecord): Promise<boolean> {
    const rows = await this.query<{ n: number }>(FINISH_POLL, [
      id,
      owner,
      poll.nextPollSeconds,
      poll.status,
      poll.errorCode ?? null,
      poll.error ?? null,
      poll.failures,
      poll.validators ? 1 : 0,
      poll.validators?.etag ?? null,
      poll.validators?.lastModified ?? null,
      poll.published,
    ]);
    return (rows[0]?.n ?? 0) > 0;
  }

  /** Which of `keys` the feed has seen; those are touched, so pruning forgets only items that left the feed. */
  async touchSeen(feedId: string, keys: readonly string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const rows = await this.query<{ item_key: string }>(TOUCH_SEEN, [feedId, keys]);
    return new Set(rows.map((r) => r.item_key));
  }

  /** Keeps the lease for `seconds` more; false when another instance took the feed over (or it was deleted). */
  async extendLease(id: string, owner: string, seconds: number): Promise<boolean> {
    const rows = await this.query<{ n: number }>(EXTEND_LEASE, [id, owner, seconds]);
    return (rows[0]?.n ?? 0) > 0;
  }

  /**
   * Called only after the broker acknowledged the items. False when the feed was deleted meanwhile: then nothing
   * is written, and the poll should end as a lost lease.
   */
  async markSeen(feedId: string, keys: readonly string[]): Promise<boolean> {
    if (keys.length === 0) return true;
    try {
      await this.dataSource.query(MARK_SEEN, [feedId, keys]);
      return true;
    } catch (error) {
      if (isFeedGone(error)) return false;
      throw toDatabaseError(error);
    }
  }

  /** Forgets items not seen in any feed for `days`; returns how many. */
  async pruneSeen(days: number): Promise<number> {
    const rows = await this.query<{ n: number }>(
      `WITH gone AS (DELETE FROM feed_seen_items WHERE seen_at < now() - make_interval(days => $1) RETURNING 1) SELECT count(*)::int AS n FROM gone`,
      [days],
    );
    return rows[0]?.n ?? 0;
  }
}
