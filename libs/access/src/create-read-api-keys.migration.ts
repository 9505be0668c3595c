import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read keys, apart from intake keys: a subscriber's key names a client, not a publishing source. Recorded in the
 * store's `schema_migrations` (the store is what reads the table); the key CLI applies it too, so keys can be
 * created before the store has ever started.
 */
export class CreateReadApiKeys1765100000000 implements MigrationInterface {
  name = 'CreateReadApiKeys1765100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE read_api_keys (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        key_hash text NOT NULL UNIQUE,
        prefix text NOT NULL,
        scopes text[] NOT NULL CHECK (scopes <@ ARRAY['read', 'admin']::text[] AND cardinality(scopes) > 0),
        sources text[],
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE read_api_keys`);
  }
}
