import { ObservabilityModule } from '@app/observability';
import { ConfigModule, type AppConfig } from '@app/config';
import { HealthModule } from '@app/http';
import { KAFKA, kafkaHealthIndicator, KafkaConsumerServer, consumerHealthIndicator, MessagingModule } from '@app/messaging';
import { type DynamicModule, Module } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import { EnrichmentService } from './enrichment.service.js';
import { ENTITY_EXTRACTOR, type EntityExtractor } from './entity-extractor.js';
import { RawArticleConsumer } from './raw-article.consumer.js';

/** Until the entity model lands (issue 4), articles pass through with no entities. */
const noEntities: EntityExtractor = { modelVersion: 'none', extract: () => [] };

@Module({})
export class ProcessorModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ProcessorModule,
      imports: [
        ConfigModule.forRoot(config),
        ObservabilityModule.forRoot('processor'),
        MessagingModule.forRoot({ clientId: 'processor', consumerGroup: 'processor' }),
        HealthModule.forRoot({
          inject: [KAFKA, KafkaConsumerServer],
          useFactory: (kafka: Kafka, consumer: KafkaConsumerServer) => [kafkaHealthIndicator(kafka), consumerHealthIndicator(consumer)],
        }),
      ],
      controllers: [RawArticleConsumer],
      providers: [EnrichmentService, { provide: ENTITY_EXTRACTOR, useValue: noEntities }],
    };
  }
}
