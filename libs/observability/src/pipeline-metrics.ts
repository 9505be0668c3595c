import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

const SECONDS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Every metric the pipeline exports, named once, with Prometheus conventions (`_total` counters, `_seconds`
 * durations, base units). Each service registers all of them in its own registry; the ones it never
 * touches simply stay absent from its output, except `kafka_produce_queue_depth`, which is read at each scrape
 * and so is always there (0 without a publisher).
 */
export class PipelineMetrics {
  readonly httpRequests: Counter<'method' | 'route' | 'status'>;
  readonly httpDuration: Histogram<'method' | 'route' | 'status'>;
  readonly intakeArticles: Counter<'source' | 'outcome' | 'reason'>;
  readonly intakeRepairs: Counter<'source' | 'code'>;
  readonly produceDuration: Histogram<'topic'>;
  readonly produceQueueDepth: Gauge;
  readonly consumed: Counter<'topic'>;
  readonly processed: Counter<'topic'>;
  readonly deadLettered: Counter<'topic' | 'reason'>;
  readonly batchDuration: Histogram<'topic'>;
  readonly batchMessages: Histogram<'topic'>;
  readonly offsetCommitDuration: Histogram<'topic'>;
  readonly stageDuration: Histogram<'stage'>;
  readonly consumerLag: Gauge<'topic' | 'partition'>;
  readonly dbWriteDuration: Histogram<'table'>;
  readonly dbBatchSize: Histogram<'table'>;
  readonly feedPolls: Counter<'outcome' | 'reason'>;
  readonly feedItemsPublished: Counter<'source'>;
  readonly feedParked: Counter<'source'>;
  readonly feedInError: Gauge<'code'>;
  readonly sourceLastArticle: Gauge<'source'>;
  readonly sourceStale: Gauge<'source'>;
  private readonly produceQueues: Array<() => number> = [];

  constructor(readonly registry: Registry) {
    const registers = [registry];
    const produceQueues = this.produceQueues;
    this.httpRequests = new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests by route and status',
      labelNames: ['method', 'route', 'status'],
      registers,
    });
    this.httpDuration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request latency',
      labelNames: ['method', 'route', 'status'],
      buckets: SECONDS,
      registers,
    });
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
    this.produceDuration = new Histogram({
      name: 'kafka_produce_duration_seconds',
      help: 'Time until Kafka acknowledged a write (acks=all)',
      labelNames: ['topic'],
      buckets: SECONDS,
      registers,
    });
    this.produceQueueDepth = new Gauge({
      name: 'kafka_produce_queue_depth',
      help: 'Publish calls waiting for a produce request while the previous one is in flight (read at each scrape)',
      registers,
      collect() {
        this.set(produceQueues.reduce((sum, depth) => sum + depth(), 0));
      },
    });
    this.consumed = new Counter({
      name: 'kafka_messages_consumed_total',
      help: 'Messages read from Kafka',
      labelNames: ['topic'],
      registers,
    });
    this.processed = new Counter({
      name: 'kafka_messages_processed_total',
      help: 'Messages handled successfully (offsets committed)',
      labelNames: ['topic'],
      registers,
    });
    this.deadLettered = new Counter({
      name: 'kafka_messages_dead_lettered_total',
      help: 'Messages sent to the dead-letter topic, by error code',
      labelNames: ['topic', 'reason'],
      registers,
    });
    this.batchDuration = new Histogram({
      name: 'kafka_batch_duration_seconds',
      help: 'Handler time per consumed batch, dead-lettering included',
      labelNames: ['topic'],
      buckets: SECONDS,
      registers,
    });
    this.batchMessages = new Histogram({
      name: 'kafka_batch_messages',
      help: 'Messages per consumed batch handed to the handler',
      labelNames: ['topic'],
      buckets: [1, 5, 10, 25, 50, 100, 250, 500, 1000, 5000],
      registers,
    });
    this.offsetCommitDuration = new Histogram({
      name: 'kafka_offset_commit_duration_seconds',
      help: 'Time to commit a batch offset to the group coordinator',
      labelNames: ['topic'],
      buckets: SECONDS,
      registers,
    });
    this.stageDuration = new Histogram({
      name: 'pipeline_stage_duration_seconds',
      help: 'Processing time per article and stage (normalise, extract, write)',
      labelNames: ['stage'],
      buckets: SECONDS,
      registers,
    });
    this.consumerLag = new Gauge({
      name: 'kafka_consumer_lag_messages',
      help: 'Messages behind the partition end, as of the last batch',
      labelNames: ['topic', 'partition'],
      registers,
    });
    this.dbWriteDuration = new Histogram({
      name: 'db_write_duration_seconds',
      help: 'Database write transaction time per batch',
      labelNames: ['table'],
      buckets: SECONDS,
      registers,
    });
    this.dbBatchSize = new Histogram({
      name: 'db_write_batch_size',
      help: 'Rows per database write batch',
      labelNames: ['table'],
      buckets: [1, 5, 10, 25, 50, 100, 250, 500, 1000, 5000],
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
    });
  }

  /**
   * Adds a publisher's waiting calls to `kafka_produce_queue_depth` (the gauge sums every registered queue).
   * Returns the function that takes them out again, for a publisher that is done.
   */
  watchProduceQueue(depth: () => number): () => void {
    this.produceQueues.push(depth);
    return () => {
      const at = this.produceQueues.indexOf(depth);
      if (at >= 0) this.produceQueues.splice(at, 1);
    };
  }
}
