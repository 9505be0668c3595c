import { AppError, ERROR_CATALOGUE, type ErrorCode, type FieldIssue } from '@app/errors';
import { HttpException } from '@nestjs/common';
import { FASTIFY_CODES, RETRY_AFTER_SECONDS, STATUS_BY_CODE } from './problem-status.js';

/** An RFC 9457 problem document, with the stable `code` clients branch on. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail: string;
  instance?: string;
  errors?: readonly FieldIssue[];
  /** Where in a document the problem is (malformed XML): 1-based line and column. */
  line?: number;
  column?: number;
}

export interface ProblemResponse {
  problem: Problem;
  headers: Record<string, string>;
}

function retryAfterOf(code: ErrorCode, meta: Readonly<Record<string, unknown>>): Record<string, string> {
  if (!ERROR_CATALOGUE[code].retryable) return {};
  const seconds =
    typeof meta.retryAfterSeconds === 'number' ? Math.max(1, Math.ceil(meta.retryAfterSeconds)) : RETRY_AFTER_SECONDS;
  return { 'retry-after': String(seconds) };
}

function problemOf(
  code: ErrorCode,
  detail: string,
  errors?: readonly FieldIssue[],
  meta: Readonly<Record<string, unknown>> = {},
): ProblemResponse {
  const problem: Problem = {
    type: `urn:news-pipeline:problem:${code.toLowerCase().replaceAll('_', '-')}`,
    title: ERROR_CATALOGUE[code].title,
    status: STATUS_BY_CODE[code],
    code,
    detail,
    ...(errors && errors.length > 0 ? { errors } : {}),
    ...(typeof meta.line === 'number' && typeof meta.column === 'number'
      ? { line: meta.line, column: meta.column }
      : {}),
  };
  const headers = {
    ...retryAfterOf(code, meta),
    ...(code === 'UNAUTHENTICATED' ? { 'www-authenticate': 'Bearer' } : {}),
  };
  return { problem, headers };
}

function fromHttpException(error: HttpException): ProblemResponse {
  const status = error.getStatus();
  if (status === 404) return problemOf('ROUTE_NOT_FOUND', error.message);
  if (status === 413) return problemOf('PAYLOAD_TOO_LARGE', error.message);
  if (status === 415) return problemOf('UNSUPPORTED_MEDIA_TYPE', error.message);
  if (status >= 400 && status < 500) return problemOf('MALFORMED_BODY', error.message);
  return problemOf('INTERNAL', 'internal error');
}

/**
 * Maps any thrown value to a problem response. Unknown errors become a 500 with a generic detail, so
 * internals never leak; the caller logs them.
 */
export function toProblem(error: unknown): ProblemResponse {
  if (error instanceof AppError) return problemOf(error.code, error.message, error.issues, error.meta);
  if (error instanceof HttpException) return fromHttpException(error);
  const fastifyCode = (error as { code?: unknown } | null)?.code;
  if (typeof fastifyCode === 'string' && fastifyCode in FASTIFY_CODES) {
    return problemOf(FASTIFY_CODES[fastifyCode]!, (error as Error).message);
  }
  return problemOf('INTERNAL', 'internal error');
}
