import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateStoryIndex1764200000000 implements MigrationInterface {
  name = 'CreateStoryIndex1764200000000';

  async up(runner: QueryRunner): Promise<void> {
    // One row per recent article: its story, exact content hash and MinHash signature (64 × uint32).
    await runner.query(`
      CREATE TABLE story_fingerprints (
        article_id uuid PRIMARY KEY,
        story_id uuid NOT NULL,
        content_hash text NOT NULL,
        signature bytea NOT NULL,
        seen_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX story_fingerprints_content_hash_idx ON story_fingerprints (content_hash)`);
    await runner.query(`CREATE INDEX story_fingerprints_seen_at_idx ON story_fingerprints (seen_at)`);
    // LSH buckets: articles sharing a band key are near-duplicate candidates.
    await runner.query(`
      CREATE TABLE story_bands (
        band_key integer NOT NULL,
        article_id uuid NOT NULL REFERENCES story_fingerprints (article_id) ON DELETE CASCADE,
        PRIMARY KEY (band_key, article_id)
      )`);
    await runner.query(`CREATE INDEX story_bands_article_id_idx ON story_bands (article_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE story_bands`);
    await runner.query(`DROP TABLE story_fingerprints`);
  }
}
