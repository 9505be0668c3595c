import type { AppConfig } from '@app/config';
import { type DynamicModule, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { answerClientError } from './client-error.handler.js';
import { answerUnmetExpectation } from './expectation.handler.js';
import { requireHostHeader } from './host-header.hook.js';
import { ProblemFilter, sendProblem } from './problem.filter.js';
import { instrumentHttp, JsonLogger, PipelineMetrics } from '@app/observability';

export interface HttpAppOptions {
  service: 'fetcher' | 'processor' | 'store' | 'console';
  bodyLimitBytes?: number;
  /** Keep the request bytes (`request.rawBody`) for payload hashing. */
  rawBody?: boolean;
}

/**
 * What goes with the whole-request deadline (`requestTimeout`, which Fastify would otherwise set to 0, letting a
 * client trickle a body for ever): the request line and headers keep Node's 60 s unless the deadline is shorter, and Node looks for overdue requests a few times per deadline (every 30 s by default, so a short
 * deadline would otherwise fire late). Node then raises `ERR_HTTP_REQUEST_TIMEOUT`, answered 408.
 */
function headerDeadlines(requestTimeoutMs: number): { headersTimeout: number; connectionsCheckingInterval: number } {
  return {
    headersTimeout: Math.min(60_000, requestTimeoutMs),
    connectionsCheckingInterval: Math.min(30_000, Math.max(100, Math.floor(requestTimeoutMs / 4))),
  };
}

/**
 * Builds a service's Nest application on Fastify with the house conventions: JSON logs, problem+json for
 * every error (Nest routes Fastify's body-parsing errors through the same filter; the router's refusals of a
 * malformed URL or an over-long parameter, and Node's of unparseable or oversized requests, a missing Host or
 * an unmet Expect, never reach Nest, so they get their problem here), and shutdown hooks so SIGTERM drains
 * cleanly.
 */
export async function createHttpApp(
  module: DynamicModule,
  config: AppConfig,
  options: HttpAppOptions,
): Promise<NestFastifyApplication> {
  const logger = new Logger('HTTP');
  const adapter = new FastifyAdapter({
    bodyLimit: options.bodyLimitBytes ?? 1024 * 1024,
    // Replaces the adapter's default, which only adds Nest's security headers (not enabled here) before
    // Fastify's plain-JSON error answer.
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) =>
      sendProblem(request, reply, error, logger),
    clientErrorHandler: answerClientError,
    requestTimeout: config.http.requestTimeoutMs,
    http: { requireHostHeader: false, ...headerDeadlines(config.http.requestTimeoutMs) },
  });
  const app = await NestFactory.create<NestFastifyApplication>(module, adapter, {
    logger: new JsonLogger(options.service, config.logLevel),
    abortOnError: false,
    rawBody: options.rawBody ?? false,
  });
  app.useGlobalFilters(new ProblemFilter());
  requireHostHeader(app.getHttpAdapter().getInstance());
  app.getHttpServer().on('checkExpectation', answerUnmetExpectation);
  instrumentHttp(app.getHttpAdapter().getInstance(), app.get(PipelineMetrics));
  app.enableShutdownHooks();
  return app;
}
