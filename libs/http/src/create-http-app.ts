import type { AppConfig } from '@app/config';
import type { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { ProblemFilter } from './problem.filter.js';
import { instrumentHttp, JsonLogger, PipelineMetrics } from '@app/observability';

export interface HttpAppOptions {
  service: 'fetcher' | 'processor' | 'store';
  bodyLimitBytes?: number;
  /** Keep the request bytes (`request.rawBody`) for payload hashing. */
  rawBody?: boolean;
}

/**
 * Builds a service's Nest application on Fastify with the house conventions: JSON logs, problem+json for
 * every error (Nest routes Fastify's body-parsing errors through the same filter),
 * and shutdown hooks so SIGTERM drains cleanly.
 */
export async function createHttpApp(module: DynamicModule, config: AppConfig, options: HttpAppOptions): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ bodyLimit: options.bodyLimitBytes ?? 1024 * 1024 });
  const app = await NestFactory.create<NestFastifyApplication>(module, adapter, {
    logger: new JsonLogger(options.service, config.logLevel),
    abortOnError: false,
    rawBody: options.rawBody ?? false,
  });
  app.useGlobalFilters(new ProblemFilter());
  instrumentHttp(app.getHttpAdapter().getInstance(), app.get(PipelineMetrics));
  app.enableShutdownHooks();
  return app;
}
