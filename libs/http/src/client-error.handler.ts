import { AppError, type ErrorCode } from '@app/errors';
import { maxHeaderSize, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { toProblem } from './problem.js';

/** Node's parser errors (its `clientError` event), by the error code Node gives them. */
const CLIENT_ERRORS: Record<string, { code: ErrorCode; detail: string }> = {
  HPE_HEADER_OVERFLOW: {
    code: 'HEADERS_TOO_LARGE',
    detail: `the request line and headers exceed the server limit of ${maxHeaderSize} bytes`,
  },
  ERR_HTTP_REQUEST_TIMEOUT: { code: 'REQUEST_TIMEOUT', detail: 'the request did not arrive in time' },
};

/**
 * Node refuses a request its HTTP parser cannot accept (oversized headers, bytes that are not HTTP, a
 * client too slow to send its request) before Fastify or Nest see it, so there is no reply object: the
 * problem is written to the socket as raw HTTP, which is what Fastify's own default handler does too.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  // A reset connection has nobody left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const known = CLIENT_ERRORS[error.code ?? ''] ?? {
      code: 'MALFORMED_REQUEST',
      detail: `the request is not valid HTTP (${error.code ?? 'unknown'})`,
    };
    const { problem, headers } = toProblem(new AppError(known.code, known.detail));
    const body = JSON.stringify(problem);
    const head = [
      `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}`,
      'content-type: application/problem+json',
      `content-length: ${Buffer.byteLength(body)}`,
      'connection: close',
      ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    ];
    socket.write(`${head.join('\r\n')}\r\n\r\n${body}`);
  }
  socket.destroy(error);
}
