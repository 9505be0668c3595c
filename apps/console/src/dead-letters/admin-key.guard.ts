import { ReadKeyAuthenticator } from '@app/access';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/**
 * Dead letters carry whole articles, embargoed ones included, and re-driving one changes what the pipeline
 * stores: only a key with the `admin` scope may see or move them.
 */
@Injectable()
export class AdminKeyGuard implements CanActivate {
  constructor(private readonly authenticator: ReadKeyAuthenticator) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    await this.authenticator.authenticate(request.headers.authorization, 'admin');
    return true;
  }
}
