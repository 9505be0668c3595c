import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Originals are compressed with lz4 instead of PostgreSQL's default pglz: a request's payload (60 KB for 20
 * articles) is TOASTed on every intake; inserting the bench corpus's payloads cost the database backend 0.035 CPU
 * ms an article with lz4 against 0.070 with pglz, for the same size on disk (docs/benchmarks.md). Rows already
 * written stay pglz and read as before. A server built without lz4 keeps pglz.
 */
export class CompressOriginalsLz41765403600000 implements MigrationInterface {
  name = 'CompressOriginalsLz41765403600000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      DO $$ BEGIN
        ALTER TABLE intake_originals ALTER COLUMN payload SET COMPRESSION lz4;
      EXCEPTION WHEN feature_not_supported THEN
        RAISE NOTICE 'this server has no lz4: intake originals stay pglz-compressed';
      END $$`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE intake_originals ALTER COLUMN payload SET COMPRESSION default`);
  }
}
