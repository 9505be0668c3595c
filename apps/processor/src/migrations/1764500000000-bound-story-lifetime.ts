import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each fingerprint records when its story began (when the story's head was seen), so an article joins only a
 * story younger than the story window. Without it, daily items written from one template (exchange rates, weather)
 * each joined through the day before, and a story never ended. Existing rows take their story's earliest member.
 */
export class BoundStoryLifetime1764500000000 implements MigrationInterface {
  name = 'BoundStoryLifetime1764500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE story_fingerprints ADD COLUMN story_started_at timestamptz`);
    await runner.query(`
      UPDATE story_fingerprints f SET story_started_at = s.started
      FROM (SELECT story_id, min(seen_at) AS started FROM story_fingerprints GROUP BY story_id) s
      WHERE f.story_id = s.story_id`);
    await runner.query(
      `ALTER TABLE story_fingerprints ALTER COLUMN story_started_at SET DEFAULT now(), ALTER COLUMN story_started_at SET NOT NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE story_fingerprints DROP COLUMN story_started_at`);
  }
}
