import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Drops the foreign key from `story_bands` to `story_fingerprints`. Its check ran once per band row, 16 per
 * article, each a `SELECT … FOR KEY SHARE` of the same fingerprint the batch had just written in the same
 * transaction: about a third of PostgreSQL's CPU for the band insert (243 → 169 CPU ms per 16,000 rows, see
 * docs/benchmarks.md "Third round"). Bands are only ever written by the transaction that upserts their fingerprint,
 * and `prune` now deletes them itself; a stray band could only name an article the candidate query's join back to
 * `story_fingerprints` no longer finds.
 */
export class StoryBandsWithoutForeignKey1764600000000 implements MigrationInterface {
  name = 'StoryBandsWithoutForeignKey1764600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE story_bands DROP CONSTRAINT story_bands_article_id_fkey`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      `DELETE FROM story_bands b WHERE NOT EXISTS (SELECT 1 FROM story_fingerprints f WHERE f.article_id = b.article_id)`,
    );
    await runner.query(`
      ALTER TABLE story_bands ADD CONSTRAINT story_bands_article_id_fkey
        FOREIGN KEY (article_id) REFERENCES story_fingerprints (article_id) ON DELETE CASCADE`);
  }
}
