import { type DynamicModule, Global, Module, type Provider } from '@nestjs/common';
import { ContractsController } from './contracts.controller.js';
import { HealthController } from './health.controller.js';
import { HEALTH_INDICATORS, type HealthIndicator } from './health.js';
import { Lifecycle } from './lifecycle.service.js';

/**
 * `/health/live` and `/health/ready`, and the service's `Lifecycle` (draining state); each service passes a
 * factory for its own dependency checks. Also the published contract (`/v1/contracts/`), which every service answers.
 */
@Global()
@Module({})
export class HealthModule {
  static forRoot(indicators: {
    inject: Provider[] | unknown[];
    useFactory: (...deps: never[]) => HealthIndicator[];
  }): DynamicModule {
    return {
      module: HealthModule,
      controllers: [HealthController, ContractsController],
      providers: [
        { provide: HEALTH_INDICATORS, inject: indicators.inject as never[], useFactory: indicators.useFactory },
        Lifecycle,
      ],
      exports: [Lifecycle],
    };
  }
}
