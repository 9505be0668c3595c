import { APP_CONFIG, type AppConfig } from '@app/config';
import { withDatabaseErrors } from '@app/database';
import { AppError } from '@app/errors';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The bucket's tokens at this statement's start: what it held, refilled since it was last touched. */
const REFILLED = `least($2::float8, b.tokens + extract(epoch FROM greatest(statement_timestamp() - b.updated_at, interval '0')) * $3::float8)`;

/**
 * Refills the source's bucket and takes `$4` (the cost) tokens if it holds that many, in one statement: the row lock of
 * the upsert orders concurrent takes from every fetcher instance, each seeing what the one before it left. A
 * take that waited for that lock may have started before the one it waited for; `greatest` keeps the clock of
 * the bucket from running backwards, so no interval is refilled twice. A source's first request finds a full
 * bucket.
 */
const TAKE = `
  INSERT INTO intake_rate_buckets AS b (source, tokens, granted, updated_at)
  VALUES ($1, CASE WHEN $4::float8 <= $2::float8 THEN $2::float8 - $4::float8 ELSE $2::float8 END, $4::float8 <= $2::float8,
    statement_timestamp())
  ON CONFLICT (source) DO UPDATE SET
    tokens = CASE WHEN ${REFILLED} >= $4::float8 THEN ${REFILLED} - $4::float8 ELSE ${REFILLED} END,
    granted = ${REFILLED} >= $4::float8,
    updated_at = greatest(b.updated_at, statement_timestamp())
  RETURNING tokens, granted`;

/**
 * A token bucket per source, counted in articles (a batch of 500 costs 500), refilled continuously, and kept
 * in PostgreSQL so that the limit holds for the deployment: N fetcher instances still let a source send its
 * limit, not N times it.
 */
@Injectable()
export class RateLimiter {
  private readonly perSecond: number;
  private readonly burst: number;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.perSecond = config.intake.ratePerSecond;
    this.burst = config.intake.rateBurst;
  }

  /** Takes `cost` tokens, or throws RATE_LIMITED saying when enough will have been refilled. */
  async take(source: string, cost: number): Promise<void> {
    const rows: { tokens: number; granted: boolean }[] = await withDatabaseErrors(() =>
      this.dataSource.query(TAKE, [source, this.burst, this.perSecond, cost]),
    );
    const { tokens, granted } = rows[0]!;
    if (granted) return;
    throw new AppError('RATE_LIMITED', `source ${source} may send ${this.perSecond} articles/s (burst ${this.burst})`, {
      meta: { retryAfterSeconds: (Math.min(cost, this.burst) - tokens) / this.perSecond },
    });
  }
}
