import { ReadKeyRepository } from '@app/access';
import { ObservabilityModule } from '@app/observability';
import { ConfigModule, type AppConfig } from '@app/config';
import { DatabaseModule } from '@app/database';
import { consumerServiceHealth } from '@app/http';
import { MessagingModule } from '@app/messaging';
import { type DynamicModule, Module } from '@nestjs/common';
import { ArticleQueryRepository } from './article-query.repository.js';
import { ArticleWriteRepository } from './article-write.repository.js';
import { ArticleController } from './article.controller.js';
import { ChangeController } from './change.controller.js';
import { ChangeFeedRepository } from './change-feed.repository.js';
import { STORE_DATABASE } from './data-source.js';
import { EnrichedArticleConsumer } from './enriched-article.consumer.js';
import { EntityController } from './entity.controller.js';
import { EntityQueryRepository } from './entity-query.repository.js';
import { OpenApiController } from './openapi.controller.js';
import { ReadKeyGuard } from './read-key.guard.js';
import { StoryController } from './story.controller.js';

@Module({})
export class StoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: StoreModule,
      imports: [
        ConfigModule.forRoot(config),
        ObservabilityModule.forRoot('store'),
        MessagingModule.forRoot({ clientId: 'store', consumerGroup: 'store' }),
        DatabaseModule.forRoot(STORE_DATABASE),
        consumerServiceHealth(),
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
        ReadKeyGuard,
      ],
    };
  }
}
