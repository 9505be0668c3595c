import { type DynamicModule, Module, type Provider } from '@nestjs/common';
import { HealthController } from './health.controller.js';
import { HEALTH_INDICATORS, type HealthIndicator } from './health.js';

/** `/health/live` and `/health/ready`; each service passes a factory for its own dependency checks. */
@Module({})
export class HealthModule {
  static forRoot(indicators: { inject: Provider[] | unknown[]; useFactory: (...deps: never[]) => HealthIndicator[] }): DynamicModule {
    return {
      module: HealthModule,
      controllers: [HealthController],
      providers: [{ provide: HEALTH_INDICATORS, inject: indicators.inject as never[], useFactory: indicators.useFactory }],
    };
  }
}
