import { ConfigModule, type AppConfig } from '@app/config';
import { DatabaseModule } from '@app/database';
import { consumerServiceHealth } from '@app/http';
import { MessagingModule } from '@app/messaging';
import { ObservabilityModule } from '@app/observability';
import { type DynamicModule, Module } from '@nestjs/common';
import { EnrichmentService } from './enrichment.service.js';
import { ENTITY_EXTRACTOR, type EntityExtractor } from './entity-extractor.js';
import { PROCESSOR_DATABASE } from './processor.database.js';
import { RawArticleConsumer } from './raw-article.consumer.js';
import { StoryIndexRepository } from './story-index.repository.js';
import { StoryPruner } from './story-pruner.service.js';

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
        DatabaseModule.forRoot(PROCESSOR_DATABASE),
        consumerServiceHealth(),
      ],
      controllers: [RawArticleConsumer],
      providers: [EnrichmentService, StoryIndexRepository, StoryPruner, { provide: ENTITY_EXTRACTOR, useValue: noEntities }],
    };
  }
}
