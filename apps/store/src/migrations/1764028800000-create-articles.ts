import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateArticles1764028800000 implements MigrationInterface {
  name = 'CreateArticles1764028800000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE articles (
        id uuid PRIMARY KEY,
        source text NOT NULL,
        external_id text NOT NULL,
        version integer NOT NULL CHECK (version >= 1),
        pub_status text NOT NULL CHECK (pub_status IN ('usable', 'withheld', 'canceled')),
        title text NOT NULL,
        text text NOT NULL,
        lang text NOT NULL,
        url text,
        published_at timestamptz NOT NULL,
        embargoed_until timestamptz,
        received_at timestamptz NOT NULL,
        processed_at timestamptz NOT NULL,
        stored_at timestamptz NOT NULL DEFAULT now(),
        content_hash text NOT NULL,
        entities jsonb NOT NULL DEFAULT '[]',
        processor_version text NOT NULL,
        model_version text NOT NULL,
        lineage jsonb NOT NULL,
        CONSTRAINT articles_source_external_id_key UNIQUE (source, external_id)
      )`);
    await runner.query(`CREATE INDEX articles_published_at_idx ON articles (published_at DESC, id DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE articles`);
  }
}
