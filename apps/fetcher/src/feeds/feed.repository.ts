import { withDatabaseErrors } from '@app/database';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CLAIM_DUE, FEED_COLUMNS, FINISH_POLL, toFeed, TOUCH_SEEN, type Feed, type FeedRow, type PollRecord } from './feed.sql.js';

export type { Feed, PollRecord } from './feed.sql.js';

/** Feeds, their polling state and their seen-sets, in PostgreSQL. */
@Injectable()
export class FeedRepository {
  constructor(private readonly dataSource: DataSource) {}

  private async query<T>(sql: string, parameters: unknown[]): Promise<T[]> {
    return withDatabaseErrors(() => this.dataSource.query(sql, parameters) as Promise<T[]>);
  }

  /** Registers a feed, or finds the one `source` already has for `url`. */
  async register(source: string, url: string, intervalSeconds: number): Promise<{ feed: Feed; created: boolean }> {
    const inserted = await this.query<FeedRow>(
      `INSERT INTO feeds (id, source, url, interval_seconds) VALUES ($1, $2, $3, $4) ON CONFLICT (source, url) DO NOTHING RETURNING ${FEED_COLUMNS}`,
      [randomUUID(), source, url, intervalSeconds],
    );
    if (inserted[0]) return { feed: toFeed(inserted[0]), created: true };
    const [existing] = await this.query<FeedRow>(`SELECT ${FEED_COLUMNS} FROM feeds WHERE source = $1 AND url = $2`, [source, url]);
    return { feed: toFeed(existing!), created: false };
  }

  async list(source: string): Promise<Feed[]> {
    const rows = await this.query<FeedRow>(`SELECT ${FEED_COLUMNS} FROM feeds WHERE source = $1 ORDER BY created_at, id`, [source]);
    return rows.map(toFeed);
  }

  /** The feed, when it exists and belongs to `source`. */
  async find(source: string, id: string): Promise<Feed | null> {
    const rows = await this.query<FeedRow>(`SELECT ${FEED_COLUMNS} FROM feeds WHERE id = $1 AND source = $2`, [id, source]);
    return rows[0] ? toFeed(rows[0]) : null;
  }

  async remove(source: string, id: string): Promise<boolean> {
    const rows = await this.query<{ n: number }>(`WITH gone AS (DELETE FROM feeds WHERE id = $1 AND source = $2 RETURNING id) SELECT count(*)::int AS n FROM gone`, [id, source]);
    return (rows[0]?.n ?? 0) > 0;
  }

  /**
   * Leases up to `limit` due feeds to `owner` for `leaseSeconds`. `SKIP LOCKED` keeps two instances from
   * claiming the same row at once; the lease keeps them apart for the whole poll.
   */
  async claimDue(owner: string, limit: number, leaseSeconds: number): Promise<Feed[]> {
    const rows = await this.query<FeedRow>(CLAIM_DUE, [owner, leaseSeconds, limit]);
    return rows.map(toFeed);
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

  /** Called only after the broker acknowledged the items. */
  async markSeen(feedId: string, keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.query(
      `INSERT INTO feed_seen_items (feed_id, item_key) SELECT $1, k FROM unnest($2::text[]) AS k ON CONFLICT (feed_id, item_key) DO UPDATE SET seen_at = now()`,
      [feedId, keys],
    );
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
