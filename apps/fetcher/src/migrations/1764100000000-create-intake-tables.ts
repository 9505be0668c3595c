import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIntakeTables1764100000000 implements MigrationInterface {
  name = 'CreateIntakeTables1764100000000';

  async up(runner: QueryRunner): Promise<void> {
    // What the intake has published, per article: decides new / new version / duplicate on a re-send.
    await runner.query(`
      CREATE TABLE intake_ledger (
        article_id uuid PRIMARY KEY,
        source text NOT NULL,
        external_id text NOT NULL,
        version integer NOT NULL,
        version_created timestamptz,
        pub_status text NOT NULL,
        content_hash text NOT NULL,
        published_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX intake_ledger_source_published_idx ON intake_ledger (source, published_at DESC)`);
    // API keys are stored only as SHA-256 hashes; the key itself is shown once, at creation.
    await runner.query(`
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY,
        source text NOT NULL,
        key_hash text NOT NULL UNIQUE,
        prefix text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      )`);
    await runner.query(`CREATE INDEX api_keys_source_idx ON api_keys (source)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE api_keys`);
    await runner.query(`DROP TABLE intake_ledger`);
  }
}
