import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each fingerprint remembers the duplicate status it was given, so handling the same text again (a retried
 * batch, a redelivery, a replay) answers what it answered the first time. Rows from before stay NULL: unknown,
 * matched afresh.
 */
export class RememberStoryDuplicate1764400000000 implements MigrationInterface {
  name = 'RememberStoryDuplicate1764400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE story_fingerprints ADD COLUMN duplicate text CHECK (duplicate IN ('unique', 'exact', 'near'))`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE story_fingerprints DROP COLUMN duplicate`);
  }
}
