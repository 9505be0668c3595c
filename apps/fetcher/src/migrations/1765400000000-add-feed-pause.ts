import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An operator can pause a feed: a paused feed keeps its state but is never claimed for a poll. */
export class AddFeedPause1765400000000 implements MigrationInterface {
  name = 'AddFeedPause1765400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE feeds ADD COLUMN paused_at timestamptz`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE feeds DROP COLUMN paused_at`);
  }
}
