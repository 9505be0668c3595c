import { ConfigModule, type AppConfig } from '@app/config';
import { HealthModule } from '@app/http';
import { ObservabilityModule } from '@app/observability';
import { type DynamicModule, Module } from '@nestjs/common';
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
        // The console holds no data of its own: it is live while it runs, and ready while its pages are built.
        HealthModule.forRoot({ inject: [], useFactory: () => [] }),
      ],
      controllers: [UiController, UpstreamController, PipelineController],
      providers: [UpstreamClient, PipelineSampler],
    };
  }
}
