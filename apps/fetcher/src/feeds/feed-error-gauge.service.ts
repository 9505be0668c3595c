import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { FEED_ERROR_CODES } from './feed-fetch.error.js';
import { FeedRepository } from './feed.repository.js';
import { FetcherMetrics } from '../fetcher-metrics.js';

const REFRESH_MS = 5_000;
/**
 * Codes come from catalogues (fetch, XML and intake codes), a few dozen at most; the cap keeps the label bounded
 * even if something ever wrote free text into `last_error_code`.
 */
const MAX_CODES = 100;

/**
 * Keeps `feed_in_error{code}` at the number of feeds whose last poll (or parking, `SOURCE_REVOKED`) left each
 * error code, read from PostgreSQL every few seconds, so it covers the feeds every instance polled. Feeds without
 * an error get no series: the gauge answers "which feeds fail, and why", and a `none` series would lump healthy
 * feeds with never-polled ones. Every code of `FEED_ERROR_CODES` is always exported, at 0 when no feed has it,
 * so an alert on one has a series to compare; a code that disappears drops to 0 rather than keep a stale count.
 */
@Injectable()
export class FeedErrorGauge implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('FeedErrorGauge');
  private timer: NodeJS.Timeout | undefined;
  private refreshing: Promise<void> | undefined;

  constructor(
    private readonly feeds: FeedRepository,
    private readonly metrics: FetcherMetrics,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(() => this.refreshSoon(), REFRESH_MS).unref();
    this.refreshSoon();
  }

  /** Waits for a refresh in flight, so none queries a closed database. */
  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.refreshing;
  }

  /** Skips a tick while the previous query still runs, so a slow database never piles queries up. */
  private refreshSoon(): void {
    this.refreshing ??= this.refresh().finally(() => (this.refreshing = undefined));
  }

  private async refresh(): Promise<void> {
    try {
      const rows = await this.feeds.countByErrorCode(MAX_CODES);
      const gauge = this.metrics.feedInError;
      gauge.reset();
      for (const code of Object.keys(FEED_ERROR_CODES)) gauge.set({ code }, 0);
      for (const { code, n } of rows) gauge.set({ code }, n);
    } catch (error) {
      // The last counts stay exported; the next tick tries again.
      this.logger.warn({ msg: 'could not count feeds by error code', error: (error as Error).message });
    }
  }
}
