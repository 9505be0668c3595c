import type { DataSource } from 'typeorm';

/** The tables that hold hashed keys: the intake's and the read API's. */
export type KeyTable = 'api_keys' | 'read_api_keys';

/**
 * Revokes the live keys of `table` whose id or shown prefix is `idOrPrefix`; resolves to how many were revoked.
 * Both key tables revoke the same way, so the CLI's `revoke` means one thing for either kind of key.
 */
export async function revokeKeys(dataSource: DataSource, table: KeyTable, idOrPrefix: string): Promise<number> {
  // As a SELECT, so the driver returns rows (TypeORM returns [rows, count] for a bare UPDATE … RETURNING).
  const rows: { n: number }[] = await dataSource.query(
    `WITH revoked AS (
       UPDATE ${table} SET revoked_at = now() WHERE revoked_at IS NULL AND (id::text = $1 OR prefix = $1) RETURNING id
     ) SELECT count(*)::int AS n FROM revoked`,
    [idOrPrefix],
  );
  return rows[0]?.n ?? 0;
}
