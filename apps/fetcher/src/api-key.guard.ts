import { APP_CONFIG, type AppConfig } from '@app/config';
import { AppError } from '@app/errors';
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { hashApiKey } from '@app/access';
import { ApiKeyRepository } from './api-key.repository.js';

/** The request after authentication: the source its key belongs to. */
export type AuthenticatedRequest = FastifyRequest & { source: string };

/**
 * Every intake route needs `Authorization: Bearer <key>`. Keys come from the database (created with the CLI,
 * stored hashed) or, for local runs, from `INGEST_API_KEYS`. Both are compared by hash, so the presented key
 * is never compared character by character against a secret.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly configuredKeys: ReadonlyMap<string, string>;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly keys: ApiKeyRepository,
  ) {
    this.configuredKeys = new Map(config.intake.apiKeys.map(({ source, key }) => [hashApiKey(key), source]));
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    if (!match) throw new AppError('UNAUTHENTICATED', 'send the source API key as "Authorization: Bearer <key>"');
    const hash = hashApiKey(match[1]!);
    const source = this.configuredKeys.get(hash) ?? (await this.keys.sourceOf(hash));
    if (source === null || source === undefined)
      throw new AppError('UNAUTHENTICATED', 'the API key is not valid or has been revoked');
    request.source = source;
    return true;
  }
}
