import { withDatabaseErrors } from '@app/database';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { generateApiKey, hashApiKey, keyPrefix, revokeKeys } from '@app/access';

export interface ApiKeyRecord {
  id: string;
  source: string;
  prefix: string;
  createdAt: Date;
  revokedAt: Date | null;
}

@Injectable()
export class ApiKeyRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The source a live key belongs to, or null. */
  async sourceOf(keyHash: string): Promise<string | null> {
    const rows: { source: string }[] = await withDatabaseErrors(() =>
      this.dataSource.query('SELECT source FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL', [keyHash]),
    );
    return rows[0]?.source ?? null;
  }

  /** Creates a key for `source`; the returned key is never stored and cannot be shown again. */
  async create(source: string): Promise<{ key: string; record: ApiKeyRecord }> {
    const key = generateApiKey();
    const id = randomUUID();
    await this.dataSource.query('INSERT INTO api_keys (id, source, key_hash, prefix) VALUES ($1, $2, $3, $4)', [
      id,
      source,
      hashApiKey(key),
      keyPrefix(key),
    ]);
    return { key, record: { id, source, prefix: keyPrefix(key), createdAt: new Date(), revokedAt: null } };
  }

  /** Revokes a key by id or by its shown prefix; returns how many keys were revoked. */
  revoke(idOrPrefix: string): Promise<number> {
    return revokeKeys(this.dataSource, 'api_keys', idOrPrefix);
  }

  async list(): Promise<ApiKeyRecord[]> {
    const rows: { id: string; source: string; prefix: string; created_at: Date; revoked_at: Date | null }[] =
      await this.dataSource.query(
        'SELECT id, source, prefix, created_at, revoked_at FROM api_keys ORDER BY created_at',
      );
    return rows.map((r) => ({
      id: r.id,
      source: r.source,
      prefix: r.prefix,
      createdAt: r.created_at,
      revokedAt: r.revoked_at,
    }));
  }
}
