import { APP_CONFIG, type AppConfig } from '@app/config';
import { AppError } from '@app/errors';
import { Inject, Injectable } from '@nestjs/common';
import { hashApiKey } from './api-key.js';
import { ReadKeyRepository } from './read-key.repository.js';
import { scopesOf, type ReadPrincipal, type ReadScope } from './read-scope.js';

/**
 * Who sends `Authorization: Bearer <read key>`: keys from `READ_API_KEYS`/`ADMIN_API_KEYS`, or from the database
 * (created with the key CLI, stored hashed). Intake keys are not read keys. One place for the store's read API
 * and the console's admin routes.
 */
@Injectable()
export class ReadKeyAuthenticator {
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

  /** The key's principal, or `UNAUTHENTICATED` (401); with `scope`, also `FORBIDDEN_SCOPE` (403) when it lacks it. */
  async authenticate(authorization: string | undefined, scope: ReadScope = 'read'): Promise<ReadPrincipal> {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match) throw new AppError('UNAUTHENTICATED', 'send a read API key as "Authorization: Bearer <key>"');
    const hash = hashApiKey(match[1]!);
    const principal = this.configuredKeys.get(hash) ?? (await this.keys.principalOf(hash));
    if (!principal) throw new AppError('UNAUTHENTICATED', 'the read API key is not valid or has been revoked');
    if (!principal.scopes.includes(scope))
      throw new AppError('FORBIDDEN_SCOPE', `the key "${principal.name}" does not have the ${scope} scope`);
    return principal;
  }
}
