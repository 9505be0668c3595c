import type { AppConfig } from '@app/config';
import { createHttpApp } from '@app/http';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { FetcherModule } from './fetcher.module.js';

/**
 * Wire formats other than plain JSON (ninjs `+json`, any XML) reach the controller as the request's bytes:
 * the wire-format library decodes them itself, so XML is only ever parsed by its hardened parser.
 * Plain `application/json` is left out, or Nest would not register its own JSON parser.
 */
const WIRE_CONTENT_TYPES = /^(?:application\/[\w.-]+\+json|(?:application|text)\/(?:[\w.-]+\+)?xml)(?:;|$)/;

/** The fetcher, ready to listen: HTTP intake in front of the raw topic. */
export async function createFetcherApp(config: AppConfig): Promise<NestFastifyApplication> {
  const app = await createHttpApp(FetcherModule.forRoot(config), config, {
    service: 'fetcher',
    bodyLimitBytes: config.http.intakeBodyLimitBytes,
    rawBody: true,
  });
  return app.useBodyParser(WIRE_CONTENT_TYPES, { bodyLimit: config.http.intakeBodyLimitBytes });
}
