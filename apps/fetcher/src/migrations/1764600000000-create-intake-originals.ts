import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The exact bytes each source sent (a push body or a polled feed document), once per (source, SHA-256), so a
 * future parser can re-read what today's ignored (`replay --reparse`). Pruned by age of receipt.
 */
export class CreateIntakeOriginals1764600000000 implements MigrationInterface {
  name = 'CreateIntakeOriginals1764600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE intake_originals (
        source text NOT NULL,
        payload_hash text NOT NULL,
        media_type text NOT NULL,
        format text NOT NULL,
        payload bytea NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (source, payload_hash)
      )`);
    await runner.query(`CREATE INDEX intake_originals_received_idx ON intake_originals (received_at)`);
    await runner.query(`CREATE INDEX intake_originals_source_received_idx ON intake_originals (source, received_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE intake_originals`);
  }
}
