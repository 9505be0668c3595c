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
import { ObservabilityModule } from '@app/observability';
import { createEntityExtractor } from '@app/ner';
import { type DynamicModule, Module } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { EnrichmentService } from './enrichment.service.js';
import { ENTITY_EXTRACTOR } from './entity-extractor.js';
import { ExtractController } from './extract.controller.js';
import { PROCESSOR_DATABASE } from './processor.database.js';
import { RawArticleConsumer } from './raw-article.consumer.js';
import { StoryIndexRepository } from './story-index.repository.js';
import { StoryPruner } from './story-pruner.service.js';

@Module({})
export class ProcessorModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ProcessorModule,
      imports: [
        ConfigModule.forRoot(config),
        ObservabilityModule.forRoot('processor'),
        MessagingModule.forRoot({
          clientId: 'processor',
          consumerGroup: 'processor',
          instance: instanceKey(config.http.ports.processor),
        }),
        DatabaseModule.forRoot(PROCESSOR_DATABASE),
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
      controllers: [RawArticleConsumer, ExtractController],
      providers: [
        EnrichmentService,
        StoryIndexRepository,
        StoryPruner,
        { provide: ENTITY_EXTRACTOR, useFactory: () => createEntityExtractor() },
      ],
    };
  }
}
