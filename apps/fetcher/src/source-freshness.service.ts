import { APP_CONFIG, type AppConfig } from '@app/config';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FetcherMetrics } from './fetcher-metrics.js';

export interface SourceStatus {
  source: string;
  lastArticleAt: string | null;
  secondsSinceLastArticle: number | null;
  staleAfterSeconds: number;
  stale: boolean;
}

/**
 * When each source last delivered an article. Seeded from the intake ledger at start-up (so a restart does
 * not make every source look fresh or unknown), updated on every accepted delivery, and exported as the
 * `source_last_article_timestamp_seconds` and `source_stale` gauges.
 */
@Injectable()
export class SourceFreshness implements OnModuleInit {
  private readonly last = new Map<string, Date>();
  private readonly logger = new Logger('Freshness');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly metrics: FetcherMetrics,
  ) {
    for (const { source } of config.intake.apiKeys) this.last.set(source, new Date(0));
  }

  async onModuleInit(): Promise<void> {
    try {
      const rows: { source: string; last: Date }[] = await this.dataSource.query(
        'SELECT source, max(published_at) AS last FROM intake_ledger GROUP BY source',
      );
      for (const row of rows) this.delivered(row.source, row.last);
      const keyed: { source: string }[] = await this.dataSource.query(
        'SELECT DISTINCT source FROM api_keys WHERE revoked_at IS NULL',
      );
      for (const { source } of keyed) if (!this.last.has(source)) this.last.set(source, new Date(0));
    } catch (error) {
      this.logger.warn(`could not seed source freshness: ${(error as Error).message}`);
    }
    this.metrics.refreshStale = () => this.refreshGauges();
  }

  delivered(source: string, at: Date): void {
    const previous = this.last.get(source);
    if (!previous || at > previous) this.last.set(source, at);
    this.metrics.sourceLastArticle.set({ source }, Math.floor((this.last.get(source) ?? at).getTime() / 1000));
  }

  statuses(now = new Date()): SourceStatus[] {
    return [...this.last.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([source, at]) => {
        const never = at.getTime() === 0;
        const seconds = never ? null : Math.max(0, Math.round((now.getTime() - at.getTime()) / 1000));
        const staleAfterSeconds =
          this.config.intake.staleAfterOverrides[source] ?? this.config.intake.staleAfterSeconds;
        return {
          source,
          lastArticleAt: never ? null : at.toISOString(),
          secondsSinceLastArticle: seconds,
          staleAfterSeconds,
          stale: seconds === null || seconds > staleAfterSeconds,
        };
      });
  }

  private refreshGauges(): void {
    for (const status of this.statuses()) this.metrics.sourceStale.set({ source: status.source }, status.stale ? 1 : 0);
  }
}
