import { type DynamicModule, Global, Module } from '@nestjs/common';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { MetricsController } from './metrics.controller.js';
import { PipelineMetrics } from './pipeline-metrics.js';

/**
 * `/metrics` and the metric objects, in a registry of the service's own (so three services can run in one
 * process, as the end-to-end tests do), labelled with the service name.
 */
@Global()
@Module({})
export class ObservabilityModule {
  static forRoot(service: string): DynamicModule {
    return {
      module: ObservabilityModule,
      controllers: [MetricsController],
      providers: [
        {
          provide: Registry,
          useFactory: () => {
            const registry = new Registry();
            registry.setDefaultLabels({ service });
            collectDefaultMetrics({ register: registry });
            return registry;
          },
        },
        {
          provide: PipelineMetrics,
          inject: [Registry],
          useFactory: (registry: Registry) => new PipelineMetrics(registry),
        },
      ],
      exports: [Registry, PipelineMetrics],
    };
  }
}
