import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The read model: story and kill status on articles, a full-text column per article language, one row per
 * distinct entity, one link per (article, entity) with its mentions, and a daily roll-up per entity. The
 * article's `entities` JSON moves into the links, so there is one source of truth for what it mentions.
 */
export class CreateReadModel1764201600000 implements MigrationInterface {
  name = 'CreateReadModel1764201600000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE articles
        ADD COLUMN story_id uuid,
        ADD COLUMN duplicate text NOT NULL DEFAULT 'unique' CHECK (duplicate IN ('unique', 'exact', 'near')),
        ADD COLUMN canonical_url text,
        ADD COLUMN status text GENERATED ALWAYS AS (CASE WHEN pub_status = 'canceled' THEN 'killed' ELSE 'active' END) STORED,
        ADD COLUMN search tsvector GENERATED ALWAYS AS (
          to_tsvector(
            CASE split_part(lower(lang), '-', 1)
              WHEN 'ru' THEN 'russian'::regconfig WHEN 'rus' THEN 'russian'::regconfig
              WHEN 'en' THEN 'english'::regconfig WHEN 'eng' THEN 'english'::regconfig
              ELSE 'simple'::regconfig END,
            left(title || ' ' || text, 200000))) STORED`);
    await runner.query(`UPDATE articles SET story_id = id`);
    await runner.query(`ALTER TABLE articles ALTER COLUMN story_id SET NOT NULL, DROP COLUMN entities`);
    await runner.query(`CREATE INDEX articles_search_idx ON articles USING gin (search)`);
    // Word frequencies follow a long tail; a finer histogram lets the planner tell rare terms (GIN bitmap) from common ones (walk the date index).
    await runner.query(`ALTER TABLE articles ALTER COLUMN search SET STATISTICS 1000`);
    await runner.query(`CREATE INDEX articles_story_idx ON articles (story_id, published_at DESC, id DESC)`);
    await runner.query(`CREATE INDEX articles_source_published_idx ON articles (source, published_at DESC, id DESC)`);
    await runner.query(`CREATE INDEX articles_lang_published_idx ON articles (lang, published_at DESC, id DESC)`);
    await runner.query(
      `CREATE INDEX articles_killed_published_idx ON articles (published_at DESC, id DESC) WHERE status = 'killed'`,
    );
    await this.createEntityTables(runner);
  }

  private async createEntityTables(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE entities (
        key uuid PRIMARY KEY,
        type text NOT NULL CHECK (type IN ('PER', 'ORG', 'LOC')),
        name text NOT NULL,
        article_count integer NOT NULL DEFAULT 0,
        first_seen_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT entities_type_name_key UNIQUE (type, name)
      )`);
    // Prefix search on the lower-cased name, then the most mentioned first.
    await runner.query(
      `CREATE INDEX entities_name_prefix_idx ON entities (lower(name) text_pattern_ops, article_count DESC)`,
    );
    await runner.query(`CREATE INDEX entities_type_count_idx ON entities (type, article_count DESC, key DESC)`);
    await runner.query(`CREATE INDEX entities_count_idx ON entities (article_count DESC, key DESC)`);
    await runner.query(`
      CREATE TABLE article_entities (
        article_id uuid NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        entity_key uuid NOT NULL REFERENCES entities (key),
        count integer NOT NULL CHECK (count >= 1),
        mentions jsonb NOT NULL DEFAULT '[]',
        published_at timestamptz NOT NULL,
        PRIMARY KEY (article_id, entity_key)
      )`);
    // published_at is copied from the article so "newest articles mentioning X" and the daily timeline are one index range.
    await runner.query(
      `CREATE INDEX article_entities_entity_idx ON article_entities (entity_key, published_at DESC, article_id DESC) INCLUDE (count)`,
    );
    // A daily roll-up kept by the write transaction, so a timeline reads one row per day, not one per article.
    await runner.query(`
      CREATE TABLE entity_days (
        entity_key uuid NOT NULL REFERENCES entities (key),
        day date NOT NULL,
        articles integer NOT NULL,
        mentions integer NOT NULL,
        PRIMARY KEY (entity_key, day)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE entity_days`);
    await runner.query(`DROP TABLE article_entities`);
    await runner.query(`DROP TABLE entities`);
    await runner.query(`
      ALTER TABLE articles ADD COLUMN entities jsonb NOT NULL DEFAULT '[]',
        DROP COLUMN search, DROP COLUMN status, DROP COLUMN canonical_url, DROP COLUMN duplicate, DROP COLUMN story_id`);
    for (const index of ['articles_source_published_idx', 'articles_lang_published_idx', 'articles_story_idx']) {
      await runner.query(`DROP INDEX IF EXISTS ${index}`);
    }
  }
}
