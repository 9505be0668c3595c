import { withDatabaseErrors } from '@app/database';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { generateApiKey, hashApiKey, keyPrefix } from './api-key.js';
import { revokeKeys } from './key-revocation.js';
import { scopesOf, type ReadPrincipal, type ReadScope } from './read-scope.js';

export interface ReadKeyRecord extends ReadPrincipal {
  id: string;
  prefix: string;
  createdAt: Date;
  revokedAt: Date | null;
}

interface ReadKeyRow {
  id: string;
  name: string;
  prefix: string;
  scopes: ReadScope[];
  sources: string[] | null;
  created_at: Date;
  revoked_at: Date | null;
}

const toRecord = (r: ReadKeyRow): ReadKeyRecord => ({
  id: r.id,
  name: r.name,
  prefix: r.prefix,
  scopes: r.scopes,
  sources: r.sources,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

/** Subscribers' read keys, stored as SHA-256 hashes like intake keys. */
@Injectable()
export class ReadKeyRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The holder of a live key, or null. */
  async principalOf(keyHash: string): Promise<ReadPrincipal | null> {
    const rows: ReadKeyRow[] = await withDatabaseErrors(() =>
      this.dataSource.query(
        'SELECT name, scopes, sources FROM read_api_keys WHERE key_hash = $1 AND revoked_at IS NULL',
        [keyHash],
      ),
    );
    const row = rows[0];
    return row ? { name: row.name, scopes: row.scopes, sources: row.sources } : null;
  }

  /** Creates a key; the returned key is never stored and cannot be shown again. */
  async create(
    name: string,
    scope: ReadScope,
    sources: readonly string[] | null,
  ): Promise<{ key: string; record: ReadKeyRecord }> {
    const key = generateApiKey();
    const rows: ReadKeyRow[] = await this.dataSource.query(
      `INSERT INTO read_api_keys (id, name, key_hash, prefix, scopes, sources) VALUES ($1, $2, $3, $4, $5, $6)
       RETURNING id, name, prefix, scopes, sources, created_at, revoked_at`,
      [randomUUID(), name, hashApiKey(key), keyPrefix(key), scopesOf(scope), sources],
    );
    return { key, record: toRecord(rows[0]!) };
  }

  /** Revokes a key by id or by its shown prefix; returns how many keys were revoked. */
  revoke(idOrPrefix: string): Promise<number> {
    return revokeKeys(this.dataSource, 'read_api_keys', idOrPrefix);
  }

  async list(): Promise<ReadKeyRecord[]> {
    const rows: ReadKeyRow[] = await this.dataSource.query(
      'SELECT id, name, prefix, scopes, sources, created_at, revoked_at FROM read_api_keys ORDER BY created_at',
    );
    return rows.map(toRecord);
  }
}
