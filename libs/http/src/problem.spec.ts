import { AppError } from '@app/errors';
import { NotFoundException } from '@nestjs/common';
import { toProblem } from './problem.js';

describe('toProblem', () => {
  it('maps catalogue errors to their status, with field issues', () => {
    const { problem, headers } = toProblem(
      new AppError('VALIDATION_FAILED', 'title: must not be empty', {
        issues: [{ field: 'title', message: 'must not be empty' }],
      }),
    );
    expect(problem).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', errors: [{ field: 'title' }] });
    expect(problem.type).toBe('urn:news-pipeline:problem:validation-failed');
    expect(headers).toEqual({});
  });

  it('adds Retry-After to retryable failures', () => {
    const { problem, headers } = toProblem(new AppError('BROKER_UNAVAILABLE', 'down'));
    expect(problem.status).toBe(503);
    expect(headers['retry-after']).toBe('5');
  });

  it("maps Fastify's body errors and Nest's unknown routes", () => {
    expect(toProblem(Object.assign(new Error('too big'), { code: 'FST_ERR_CTP_BODY_TOO_LARGE' })).problem.status).toBe(
      413,
    );
    expect(toProblem(new NotFoundException('Cannot GET /x')).problem.code).toBe('ROUTE_NOT_FOUND');
  });

  it("maps the Fastify router's refusals of a bad URL and an over-long parameter", () => {
    expect(
      toProblem(Object.assign(new URIError("'/a/%E0' is not a valid url component"), { code: 'FST_ERR_BAD_URL' }))
        .problem,
    ).toMatchObject({ status: 400, code: 'MALFORMED_URL' });
    expect(
      toProblem(
        Object.assign(new URIError("'/a/xxx' is exceeding the max param length"), { code: 'FST_ERR_MAX_PARAM_LENGTH' }),
      ).problem,
    ).toMatchObject({ status: 414, code: 'URI_TOO_LONG' });
  });

  it('never leaks the message of an unknown error', () => {
    const { problem } = toProblem(new Error('password=hunter2'));
    expect(problem).toMatchObject({ status: 500, code: 'INTERNAL', detail: 'internal error' });
  });
});
