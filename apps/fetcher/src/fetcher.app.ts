import type { AppConfig } from '@app/config';
import { createHttpApp } from '@app/http';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { FetcherModule } from './fetcher.module.js';

/** The fetcher, ready to listen: HTTP intake in front of the raw topic. */
export function createFetcherApp(config: AppConfig): Promise<NestFastifyApplication> {
  return createHttpApp(FetcherModule.forRoot(config), config, {
    service: 'fetcher',
    bodyLimitBytes: config.http.intakeBodyLimitBytes,
    rawBody: true,
  });
}
