import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The agency's metadata (subjects, urgency, genres, people, rights, media) as one JSON document per article, as the
 * enriched topic carries it. One GIN index (`jsonb_path_ops`, containment only) serves the subject, genre and
 * byline filters; rows stored before have `{}`.
 */
export class AddArticleMetadata1764600000000 implements MigrationInterface {
  name = 'AddArticleMetadata1764600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE articles ADD COLUMN metadata jsonb NOT NULL DEFAULT '{}'`);
    await runner.query(`CREATE INDEX articles_metadata_idx ON articles USING gin (metadata jsonb_path_ops)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX IF EXISTS articles_metadata_idx`);
    await runner.query(`ALTER TABLE articles DROP COLUMN metadata`);
  }
}
