import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which date the intake used for `published_at` and why (`{field, fallback, assumedZone?}`), as the enriched topic
 * carries it. Nullable rather than `{}`: rows stored before, and native JSON submissions, have none,
 * and a reader should not mistake an empty object for a provenance.
 */
export class AddPublishedAtSource1765400000000 implements MigrationInterface {
  name = 'AddPublishedAtSource1765400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE articles ADD COLUMN published_at_source jsonb`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE articles DROP COLUMN published_at_source`);
  }
}
