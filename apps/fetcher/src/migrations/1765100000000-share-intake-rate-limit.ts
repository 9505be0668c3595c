import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ShareIntakeRateLimit1765100000000 implements MigrationInterface {
  name = 'ShareIntakeRateLimit1765100000000';

  async up(runner: QueryRunner): Promise<void> {
    // One token bucket per source for every fetcher instance; `granted` is the outcome of the last take, so one
    // upsert both decides and records it.
    await runner.query(`
      CREATE TABLE intake_rate_buckets (
        source text PRIMARY KEY,
        tokens double precision NOT NULL,
        granted boolean NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE intake_rate_buckets`);
  }
}
