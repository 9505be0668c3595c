import { AppError } from '@app/errors';

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * A token bucket per source, counted in articles (a batch of 500 costs 500), refilled continuously.
 * Per process: with several fetcher instances the limit applies to each.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Takes `cost` tokens, or throws RATE_LIMITED saying when enough will have been refilled. */
  take(source: string, cost: number): void {
    const now = this.now();
    const bucket = this.buckets.get(source) ?? { tokens: this.burst, updatedAt: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.updatedAt) / 1000) * this.perSecond);
    bucket.updatedAt = now;
    this.buckets.set(source, bucket);
    if (cost > bucket.tokens) {
      const retryAfterSeconds = (Math.min(cost, this.burst) - bucket.tokens) / this.perSecond;
      throw new AppError(
        'RATE_LIMITED',
        `source ${source} may send ${this.perSecond} articles/s (burst ${this.burst})`,
        { meta: { retryAfterSeconds } },
      );
    }
    bucket.tokens -= cost;
  }
}
