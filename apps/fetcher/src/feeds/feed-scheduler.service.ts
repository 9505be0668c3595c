import { APP_CONFIG, type AppConfig } from '@app/config';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { FeedPoller, LEASE_MARGIN_SECONDS } from './feed-poller.service.js';
import { FeedRepository } from './feed.repository.js';
import { FEED_SETTINGS, type FeedSettings } from './feed-settings.js';
import { FetcherMetrics } from '../fetcher-metrics.js';

const PRUNE_EVERY_MS = 3_600_000;
/** Room beyond the fetch timeout for parsing, publishing and recording, before another instance may take over. */

/**
 * Claims due feeds every tick, up to `FEED_CONCURRENCY` polls in flight in this instance, and prunes the
 * seen-sets hourly. Feeds of a source without a valid API key (all revoked) are not claimed but marked
 * `SOURCE_REVOKED`, so an operator sees why they stand still; a re-issued key brings them back. On shutdown
 * it stops claiming and waits for the polls in flight (bounded by the fetch timeout), so no lease is left
 * behind by a clean stop.
 */
@Injectable()
export class FeedScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('FeedScheduler');
  private readonly owner = randomUUID();
  private readonly inFlight = new Set<Promise<unknown>>();
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private lastPrune = 0;
  /** Sources with a key in the configuration: those keys cannot be revoked, only removed by a restart. */
  private readonly configuredSources: readonly string[];

  constructor(
    private readonly feeds: FeedRepository,
    private readonly poller: FeedPoller,
    @Inject(FEED_SETTINGS) private readonly settings: FeedSettings,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly metrics: FetcherMetrics,
  ) {
    this.configuredSources = [...new Set(config.intake.apiKeys.map((k) => k.source))];
  }

  onApplicationBootstrap(): void {
    if (this.settings.pollingEnabled) this.schedule();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await Promise.allSettled([...this.inFlight]);
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.tick().finally(() => this.schedule()), this.settings.tickMs);
  }

  private async tick(): Promise<void> {
    try {
      const free = this.settings.concurrency - this.inFlight.size;
      if (free <= 0 || this.stopped) return;
      for (const { source, n } of await this.feeds.parkUnkeyed(this.configuredSources)) {
        this.logger.warn({ msg: 'not polling the feeds of a source without a valid API key', source, feeds: n });
        // Only sources that once held a key can have feeds, so the label stays as bounded as the key holders.
        this.metrics.feedParked.inc({ source }, n);
      }
      const lease = Math.ceil(this.settings.totalTimeoutMs / 1000) + LEASE_MARGIN_SECONDS;
      for (const feed of await this.feeds.claimDue(this.owner, free, lease, this.configuredSources)) {
        const polling = this.poller
          .poll(feed, this.owner)
          .catch((error: unknown) =>
            this.logger.error({ msg: 'feed poll crashed', feedId: feed.id, error: (error as Error).message }),
          )
          .finally(() => this.inFlight.delete(polling));
        this.inFlight.add(polling);
      }
      await this.pruneHourly();
    } catch (error) {
      this.logger.warn({ msg: 'feed scheduling failed; retrying next tick', error: (error as Error).message });
    }
  }

  private async pruneHourly(): Promise<void> {
    if (Date.now() - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = Date.now();
    const pruned = await this.feeds.pruneSeen(this.settings.seenRetentionDays);
    if (pruned > 0) this.logger.log({ msg: 'pruned feed seen-sets', pruned });
  }
}
