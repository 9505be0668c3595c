import { Counter, Gauge, type Registry } from 'prom-client';

/**
 * The metrics only the fetcher records: intake outcomes, feed polling and source freshness. They sit beside
 * the shared `PipelineMetrics` in the service's registry, under the same naming conventions.
 */
export class FetcherMetrics {
  readonly intakeArticles: Counter<'source' | 'outcome' | 'reason'>;
  readonly intakeRepairs: Counter<'source' | 'code'>;
  readonly feedPolls: Counter<'outcome' | 'reason'>;
  readonly feedItemsPublished: Counter<'source'>;
  readonly feedParked: Counter<'source'>;
  readonly feedInError: Gauge<'code'>;
  readonly sourceLastArticle: Gauge<'source'>;
  readonly sourceStale: Gauge<'source'>;
  /** Set by the freshness service: recomputes `source_stale` at each scrape, so it never lags `/v1/sources`. */
  refreshStale: () => void = () => undefined;

  constructor(registry: Registry) {
    const registers = [registry];
    this.intakeArticles = new Counter({
      name: 'intake_articles_total',
      help: 'Articles received, by source and outcome (new, new_version, duplicate, rejected) and rejection reason',
      labelNames: ['source', 'outcome', 'reason'],
      registers,
    });
    this.intakeRepairs = new Counter({
      name: 'intake_repairs_total',
      help: 'Repairs the intake made to accept an item (a date fallback, a resolved link, a dropped field…), by code',
      labelNames: ['source', 'code'],
      registers,
    });
    this.feedPolls = new Counter({
      name: 'feed_polls_total',
      help: 'Feed polls by outcome (new_items, no_new_items, not_modified, refused, failed, lease_lost) and error code',
      labelNames: ['outcome', 'reason'],
      registers,
    });
    this.feedItemsPublished = new Counter({
      name: 'feed_items_published_total',
      help: 'New articles and versions published from polled feeds',
      labelNames: ['source'],
      registers,
    });
    this.feedParked = new Counter({
      name: 'feed_parked_total',
      help: 'Due feeds put off unpolled because their source has no valid API key (SOURCE_REVOKED), by source',
      labelNames: ['source'],
      registers,
    });
    this.feedInError = new Gauge({
      name: 'feed_in_error',
      help: 'Feeds whose last poll (or parking) left this error code, read from PostgreSQL; database-wide, so every fetcher instance reports the same count',
      labelNames: ['code'],
      registers,
    });
    this.sourceLastArticle = new Gauge({
      name: 'source_last_article_timestamp_seconds',
      help: 'When each source last delivered an article (Unix time)',
      labelNames: ['source'],
      registers,
    });
    this.sourceStale = new Gauge({
      name: 'source_stale',
      help: '1 when a source has been quiet longer than its threshold',
      labelNames: ['source'],
      registers,
      collect: () => this.refreshStale(),
    });
  }
}
