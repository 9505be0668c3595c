import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toProblem } from './problem.js';

/** Answers every HTTP error as `application/problem+json`; services never throw HTTP exceptions. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendProblem(http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>(), error, this.logger);
  }
}

/** Answers `error` as problem+json; also used for Fastify's refusals made before Nest routes the request. */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: unknown, logger: Logger): void {
  // The client went away mid-body (or Node cut it off at the request deadline and answered 408 itself):
  // nobody is left to answer, and it is not the service's fault, so it is not logged as an error.
  if ((error as NodeJS.ErrnoException)?.code === 'ECONNRESET' && request.raw.socket?.destroyed) return;
  const { problem, headers } = toProblem(error);
  if (problem.code === 'INTERNAL' || problem.code === 'PROCESSING_FAILED') {
    logger.error(`${request.method} ${request.url}: ${(error as Error)?.stack ?? String(error)}`);
  } else if (problem.status >= 500) {
    logger.warn(`${request.method} ${request.url}: ${problem.code} ${(error as Error).message}`);
  }
  void reply
    .status(problem.status)
    .headers(headers)
    .type('application/problem+json')
    .send({ ...problem, instance: request.url });
}
