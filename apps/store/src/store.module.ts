import { ObservabilityModule } from '@app/observability';
import { ConfigModule, type AppConfig } from '@app/config';
import { HealthModule } from '@app/http';
import { consumerHealthIndicator, KAFKA, KafkaConsumerServer, kafkaHealthIndicator, MessagingModule } from '@app/messaging';
import { type DynamicModule, Module } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { ArticleController } from './article.controller.js';
import { ArticleRepository } from './article.repository.js';
import { DatabaseModule } from './database.module.js';
import { EnrichedArticleConsumer } from './enriched-article.consumer.js';

function postgresHealthIndicator(dataSource: DataSource) {
  return { name: 'postgres', check: async () => ({ select1: (await dataSource.query('SELECT 1 AS ok'))[0]?.ok === 1 }) };
}

@Module({})
export class StoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: StoreModule,
      imports: [
        ConfigModule.forRoot(config),
        ObservabilityModule.forRoot('store'),
        MessagingModule.forRoot({ clientId: 'store', consumerGroup: 'store' }),
        DatabaseModule,
        HealthModule.forRoot({
          inject: [KAFKA, KafkaConsumerServer, DataSource],
          useFactory: (kafka: Kafka, consumer: KafkaConsumerServer, dataSource: DataSource) => [
            kafkaHealthIndicator(kafka),
            consumerHealthIndicator(consumer),
            postgresHealthIndicator(dataSource),
          ],
        }),
      ],
      controllers: [ArticleController, EnrichedArticleConsumer],
      providers: [ArticleRepository],
    };
  }
}
