import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

const SECONDS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The metrics every service may export (HTTP, Kafka, per-stage and database write times), named once, with
 * Prometheus conventions (`_total` counters, `_seconds` durations, base units). Each service registers all of
 * them in its own registry; the ones it never touches simply stay absent from its output, except
 * `kafka_produce_queue_depth`, which is read at each scrape and so is always there (0 without a publisher).
 * A metric only one app records lives in that app (the fetcher's `FetcherMetrics`).
 */
export class PipelineMetrics {
  readonly httpRequests: Counter<'method' | 'route' | 'status'>;
  readonly httpDuration: Histogram<'method' | 'route' | 'status'>;
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
