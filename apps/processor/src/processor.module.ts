import { ConfigModule, type AppConfig } from '@app/config';
import { DatabaseModule } from '@app/database';
import { consumerServiceHealth } from '@app/http';
import { MessagingModule } from '@app/messaging';
import { ObservabilityModule } from '@app/observability';
import { createEntityExtractor } from '@app/ner';
import { type DynamicModule, Module } from '@nestjs/common';
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
        MessagingModule.forRoot({ clientId: 'processor', consumerGroup: 'processor' }),
        DatabaseModule.forRoot(PROCESSOR_DATABASE),
        consumerServiceHealth(),
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
