import { hashApiKey, ReadKeyRepository, scopesOf, type ReadPrincipal } from '@app/access';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { AppError } from '@app/errors';
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/** The request after authentication: who is reading. */
export type ReaderRequest = FastifyRequest & { reader: ReadPrincipal };

/**
 * Every data route of the store needs `Authorization: Bearer <read key>` with scope `read`. Keys come from
 * `READ_API_KEYS`/`ADMIN_API_KEYS` or from the database (created with the key CLI, stored hashed); intake keys
 * are not read keys. Health, metrics and the API description stay open.
 */
@Injectable()
export class ReadKeyGuard implements CanActivate {
  private readonly configuredKeys: ReadonlyMap<string, ReadPrincipal>;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly keys: ReadKeyRepository,
  ) {
    this.configuredKeys = new Map(
      config.readApi.keys.map(({ name, key, admin }) => [
        hashApiKey(key),
        { name, scopes: scopesOf(admin ? 'admin' : 'read'), sources: null },
      ]),
    );
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<ReaderRequest>();
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    if (!match) throw new AppError('UNAUTHENTICATED', 'send a read API key as "Authorization: Bearer <key>"');
    const hash = hashApiKey(match[1]!);
    const reader = this.configuredKeys.get(hash) ?? (await this.keys.principalOf(hash));
    if (!reader) throw new AppError('UNAUTHENTICATED', 'the read API key is not valid or has been revoked');
    request.reader = reader;
    return true;
  }
}
