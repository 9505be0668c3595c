import { ReadKeyAuthenticator, ReadKeyRepository } from '@app/access';
import { ObservabilityModule } from '@app/observability';
import { ConfigModule, type AppConfig } from '@app/config';
import { DatabaseModule, postgresHealthIndicator } from '@app/database';
import { HealthModule } from '@app/http';
import { KAFKA, kafkaHealthIndicator, MessagingModule } from '@app/messaging';
import { type DynamicModule, Module } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import { Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { ApiKeyGuard } from './api-key.guard.js';
import { ApiKeyRepository } from './api-key.repository.js';
import { ArticleIntakeService } from './article-intake.service.js';
import { ArticleController } from './article.controller.js';
import { FETCHER_DATABASE } from './fetcher.database.js';
import { FeedController } from './feeds/feed.controller.js';
import { FeedOperatorController } from './feeds/feed-operator.controller.js';
import { FeedErrorGauge } from './feeds/feed-error-gauge.service.js';
import { FEED_HTTP_PROVIDERS } from './feeds/feed-http.providers.js';
import { FeedPoller } from './feeds/feed-poller.service.js';
import { FeedRepository } from './feeds/feed.repository.js';
import { FeedScheduler } from './feeds/feed-scheduler.service.js';
import { IntakeLedgerRepository } from './intake-ledger.repository.js';
import { OriginalPayloadRepository } from './original-payload.repository.js';
import { OriginalPruner } from './original-pruner.service.js';
import { RateLimiter } from './rate-limiter.js';
import { SourceController } from './source.controller.js';
import { SourceFreshness } from './source-freshness.service.js';
import { FetcherMetrics } from './fetcher-metrics.js';

@Module({})
export class FetcherModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: FetcherModule,
      imports: [
        ConfigModule.forRoot(config),
        ObservabilityModule.forRoot('fetcher'),
        MessagingModule.forRoot({ clientId: 'fetcher' }),
        DatabaseModule.forRoot(FETCHER_DATABASE),
        HealthModule.forRoot({
          inject: [KAFKA, DataSource],
          useFactory: (kafka: Kafka, dataSource: DataSource) => [
            kafkaHealthIndicator(kafka),
            postgresHealthIndicator(dataSource),
          ],
        }),
      ],
      controllers: [ArticleController, SourceController, FeedController, FeedOperatorController],
      providers: [
        ArticleIntakeService,
        IntakeLedgerRepository,
        RateLimiter,
        OriginalPayloadRepository,
        OriginalPruner,
        ApiKeyRepository,
        ApiKeyGuard,
        ReadKeyRepository,
        ReadKeyAuthenticator,
        SourceFreshness,
        ...FEED_HTTP_PROVIDERS,
        FeedRepository,
        FeedPoller,
        FeedScheduler,
        FeedErrorGauge,
        {
          provide: FetcherMetrics,
          inject: [Registry],
          useFactory: (registry: Registry) => new FetcherMetrics(registry),
        },
      ],
    };
  }
}
