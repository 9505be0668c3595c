import { Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { parsePrometheusText, sumOf } from './prometheus-text.js';
import { UpstreamClient, type Upstream } from './upstream.client.js';

/** What one service had done at one moment (counters are totals since that service started). */
export interface StageSample {
  at: number;
  ready: boolean;
  /** Articles this stage has passed on: accepted at the intake, or processed from its topic. */
  handled: number | null;
  deadLettered: number | null;
  lag: number | null;
}

const SERVICES: readonly Upstream[] = ['fetcher', 'processor', 'store'];
const EVERY_MS = 5_000;
/** Ten minutes at one sample every five seconds. */
const KEPT = 120;

/**
 * Samples each service's own `/health/ready` and `/metrics` every few seconds, so the pipeline page can draw
 * throughput and consumer lag over the last minutes without a Prometheus server.
 */
@Injectable()
export class PipelineSampler implements OnModuleInit, OnApplicationShutdown {
  private readonly history = new Map<Upstream, StageSample[]>(SERVICES.map((s) => [s, []]));
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly upstreams: UpstreamClient) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.sampleAll(), EVERY_MS).unref();
    void this.sampleAll();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  samples(): Record<Upstream, StageSample[]> {
    return Object.fromEntries(SERVICES.map((s) => [s, [...(this.history.get(s) ?? [])]])) as Record<
      Upstream,
      StageSample[]
    >;
  }

  async sampleAll(): Promise<void> {
    await Promise.all(SERVICES.map(async (service) => this.keep(service, await this.sample(service))));
  }

  private keep(service: Upstream, sample: StageSample): void {
    const kept = this.history.get(service)!;
    kept.push(sample);
    if (kept.length > KEPT) kept.splice(0, kept.length - KEPT);
  }

  private async sample(service: Upstream): Promise<StageSample> {
    const at = Date.now();
    const [ready, metrics] = await Promise.all([
      this.upstreams.get(service, '/health/ready').then(
        (a) => a.status === 200,
        () => false,
      ),
      this.upstreams.get(service, '/metrics').then(
        (a) => (a.status === 200 ? parsePrometheusText(a.body) : null),
        () => null,
      ),
    ]);
    if (!metrics) return { at, ready, handled: null, deadLettered: null, lag: null };
    const handled =
      service === 'fetcher'
        ? sumOf(metrics, 'intake_articles_total', { outcome: 'new' }) +
          sumOf(metrics, 'intake_articles_total', { outcome: 'new_version' })
        : sumOf(metrics, 'kafka_messages_processed_total');
    return {
      at,
      ready,
      handled,
      deadLettered: sumOf(metrics, 'kafka_messages_dead_lettered_total'),
      lag: service === 'fetcher' ? null : sumOf(metrics, 'kafka_consumer_lag_messages'),
    };
  }
}
