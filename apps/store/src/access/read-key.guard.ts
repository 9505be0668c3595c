import { ReadKeyAuthenticator, type ReadPrincipal } from '@app/access';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/** The request after authentication: who is reading. */
export type ReaderRequest = FastifyRequest & { reader: ReadPrincipal };

/**
 * Every data route of the store needs `Authorization: Bearer <read key>` with scope `read`. Health, metrics and
 * the API description stay open.
 */
@Injectable()
export class ReadKeyGuard implements CanActivate {
  constructor(private readonly authenticator: ReadKeyAuthenticator) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<ReaderRequest>();
    request.reader = await this.authenticator.authenticate(request.headers.authorization);
    return true;
  }
}
