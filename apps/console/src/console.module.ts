import { ConfigModule, type AppConfig } from '@app/config';
import { ReadKeyAuthenticator, ReadKeyRepository } from '@app/access';
import { DatabaseModule } from '@app/database';
import { HealthModule } from '@app/http';
import { KAFKA, kafkaHealthIndicator, MessagingModule } from '@app/messaging';
import { ObservabilityModule } from '@app/observability';
import { type DynamicModule, Module } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import { DeadLetterController } from './dead-letters/dead-letter.controller.js';
import { DeadLetterService } from './dead-letters/dead-letter.service.js';
import { LatestRowsService } from './latest-rows.service.js';
import { PipelineController } from './pipeline.controller.js';
import { PipelineSampler } from './pipeline.sampler.js';
import { UpstreamController } from './upstream.controller.js';
import { UpstreamClient } from './upstream.client.js';
import { UiController } from './ui.controller.js';

@Module({})
export class ConsoleModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConsoleModule,
      imports: [
        ConfigModule.forRoot(config),
        ObservabilityModule.forRoot('console'),
        MessagingModule.forRoot({ clientId: 'console' }),
        // Only to check admin keys, which the store's migrations create; the console owns no table.
        DatabaseModule.forRoot({ entities: [], migrations: [], migrationsTableName: 'console_migrations' }),
        // The console holds no data of its own; it needs the broker for the dead letters.
        HealthModule.forRoot({ inject: [KAFKA], useFactory: (kafka: Kafka) => [kafkaHealthIndicator(kafka)] }),
      ],
      controllers: [UiController, UpstreamController, PipelineController, DeadLetterController],
      providers: [
        UpstreamClient,
        LatestRowsService,
        PipelineSampler,
        DeadLetterService,
        ReadKeyRepository,
        ReadKeyAuthenticator,
      ],
    };
  }
}
