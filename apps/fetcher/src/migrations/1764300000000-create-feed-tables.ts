import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateFeedTables1764300000000 implements MigrationInterface {
  name = 'CreateFeedTables1764300000000';

  async up(runner: QueryRunner): Promise<void> {
    // Registered feeds and their polling state. `lease_*` makes one instance the poller of a feed at a time.
    await runner.query(`
      CREATE TABLE feeds (
        id uuid PRIMARY KEY,
        source text NOT NULL,
        url text NOT NULL,
        interval_seconds integer NOT NULL,
        etag text,
        last_modified text,
        next_poll_at timestamptz NOT NULL DEFAULT now(),
        lease_owner text,
        lease_until timestamptz,
        last_polled_at timestamptz,
        last_status text,
        last_error_code text,
        last_error text,
        consecutive_failures integer NOT NULL DEFAULT 0,
        polls bigint NOT NULL DEFAULT 0,
        items_published bigint NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (source, url)
      )`);
    await runner.query(`CREATE INDEX feeds_next_poll_idx ON feeds (next_poll_at)`);
    // Items already published per feed (SHA-256 of guid/id, link or content); pruned by age of last sighting.
    await runner.query(`
      CREATE TABLE feed_seen_items (
        feed_id uuid NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
        item_key text NOT NULL,
        seen_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (feed_id, item_key)
      )`);
    await runner.query(`CREATE INDEX feed_seen_items_seen_at_idx ON feed_seen_items (seen_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE feed_seen_items`);
    await runner.query(`DROP TABLE feeds`);
  }
}
