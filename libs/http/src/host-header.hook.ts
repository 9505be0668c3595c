import { AppError } from '@app/errors';
import type { FastifyInstance } from 'fastify';

/**
 * An HTTP/1.1 request must name its Host (RFC 9112, section 3.2). Node checks that itself but answers an
 * empty 400, so `createHttpApp` turns Node's check off (`requireHostHeader: false`) and this hook makes it
 * instead, with a problem.
 */
export function requireHostHeader(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, _reply, done) => {
    const missing = request.raw.httpVersion === '1.1' && request.headers.host === undefined;
    done(missing ? new AppError('MALFORMED_REQUEST', 'an HTTP/1.1 request must have a Host header') : undefined);
  });
}
