import { AppError } from '@app/errors';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { toProblem } from './problem.js';

/**
 * Node answers an `Expect` header other than `100-continue` with an empty 417 unless the server listens for
 * `checkExpectation`; this listener gives that refusal its problem. The request never reaches Fastify.
 */
export function answerUnmetExpectation(request: IncomingMessage, response: ServerResponse): void {
  const { problem, headers } = toProblem(
    new AppError('EXPECTATION_FAILED', `cannot meet the expectation "${request.headers.expect ?? ''}"`),
  );
  const body = JSON.stringify({ ...problem, instance: request.url });
  response.writeHead(problem.status, {
    ...headers,
    'content-type': 'application/problem+json',
    'content-length': Buffer.byteLength(body),
    connection: 'close',
  });
  response.end(body);
}
