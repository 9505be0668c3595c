import { ReadKeyAuthenticator, ReadKeyRepository } from '@app/access';
import { ObservabilityModule } from '@app/observability';
import { ConfigModule, type AppConfig } from '@app/config';
import { DatabaseModule, postgresHealthIndicator } from '@app/database';
import { HealthModule } from '@app/http';
import {
  consumerHealthIndicator,
  instanceKey,
  KAFKA,
  KafkaConsumerServer,
  kafkaHealthIndicator,
  MessagingModule,
} from '@app/messaging';
import { type DynamicModule, Module } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { ArticleQueryRepository } from './articles/article-query.repository.js';
import { ArticleWriteRepository } from './write/article-write.repository.js';
import { ArticleController } from './articles/article.controller.js';
import { ChangeController } from './changes/change.controller.js';
import { ChangeFeedRepository } from './changes/change-feed.repository.js';
import { STORE_DATABASE } from './data-source.js';
import { EnrichedArticleConsumer } from './write/enriched-article.consumer.js';
import { EntityController } from './entities/entity.controller.js';
import { EntityQueryRepository } from './entities/entity-query.repository.js';
import { OpenApiController } from './openapi/openapi.controller.js';
import { ReadKeyGuard } from './access/read-key.guard.js';
import { StoryController } from './stories/story.controller.js';

@Module({})
export class StoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: StoreModule,
      imports: [
        ConfigModule.forRoot(config),
        ObservabilityModule.forRoot('store'),
        MessagingModule.forRoot({
          clientId: 'store',
          consumerGroup: 'store',
          instance: instanceKey(config.http.ports.store),
        }),
        DatabaseModule.forRoot(STORE_DATABASE),
        // Ready when the broker answers, the consumer holds its place in the group and PostgreSQL answers.
        HealthModule.forRoot({
          inject: [KAFKA, KafkaConsumerServer, DataSource],
          useFactory: (kafka: Kafka, consumer: KafkaConsumerServer, dataSource: DataSource) => [
            kafkaHealthIndicator(kafka),
            consumerHealthIndicator(consumer),
            postgresHealthIndicator(dataSource),
          ],
        }),
      ],
      controllers: [
        ArticleController,
        EntityController,
        StoryController,
        ChangeController,
        OpenApiController,
        EnrichedArticleConsumer,
      ],
      providers: [
        ArticleWriteRepository,
        ArticleQueryRepository,
        EntityQueryRepository,
        ChangeFeedRepository,
        ReadKeyRepository,
        ReadKeyAuthenticator,
        ReadKeyGuard,
      ],
    };
  }
}
