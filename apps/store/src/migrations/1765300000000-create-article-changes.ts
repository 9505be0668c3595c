import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The change feed's log: one row per article row written (insert, new version, kill, re-enrichment), filled by
 * statement triggers so no write path can forget it. A row is keyed by its transaction id and a sequence: neither
 * is in commit order, so the feed only serves rows below the oldest transaction still running (the snapshot's
 * xmin), where nothing can appear any more (see change-feed.sql.ts).
 */
export class CreateArticleChanges1765300000000 implements MigrationInterface {
  name = 'CreateArticleChanges1765300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE article_changes (
        xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        seq bigint GENERATED ALWAYS AS IDENTITY,
        article_id uuid NOT NULL,
        source text NOT NULL,
        version integer NOT NULL,
        kind text NOT NULL CHECK (kind IN ('created', 'version', 'killed', 'enriched')),
        embargoed_until timestamptz,
        changed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (xid, seq)
      )`);
    // Changes made under embargo are served from their own queue once the embargo passes.
    await runner.query(
      `CREATE INDEX article_changes_embargoed_idx ON article_changes (xid, seq) WHERE embargoed_until IS NOT NULL`,
    );
    await runner.query(`
      CREATE FUNCTION log_article_inserts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO article_changes (article_id, source, version, kind, embargoed_until)
        SELECT id, source, version, CASE WHEN pub_status = 'canceled' THEN 'killed' ELSE 'created' END,
          CASE WHEN embargoed_until > now() THEN embargoed_until END
        FROM new_rows ORDER BY id;
        RETURN NULL;
      END $$`);
    await runner.query(`
      CREATE FUNCTION log_article_updates() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO article_changes (article_id, source, version, kind, embargoed_until)
        SELECT n.id, n.source, n.version,
          CASE WHEN n.pub_status = 'canceled' AND o.pub_status <> 'canceled' THEN 'killed'
               WHEN n.version <> o.version THEN 'version' ELSE 'enriched' END,
          CASE WHEN n.embargoed_until > now() THEN n.embargoed_until END
        FROM new_rows n JOIN old_rows o ON o.id = n.id ORDER BY n.id;
        RETURN NULL;
      END $$`);
    await runner.query(`
      CREATE TRIGGER articles_log_inserts AFTER INSERT ON articles REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION log_article_inserts()`);
    await runner.query(`
      CREATE TRIGGER articles_log_updates AFTER UPDATE ON articles REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION log_article_updates()`);
    // Articles stored before the feed existed enter it once, as created.
    await runner.query(`
      INSERT INTO article_changes (article_id, source, version, kind)
      SELECT id, source, version, CASE WHEN pub_status = 'canceled' THEN 'killed' ELSE 'created' END
      FROM articles ORDER BY published_at, id`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TRIGGER articles_log_updates ON articles`);
    await runner.query(`DROP TRIGGER articles_log_inserts ON articles`);
    await runner.query(`DROP FUNCTION log_article_updates()`);
    await runner.query(`DROP FUNCTION log_article_inserts()`);
    await runner.query(`DROP TABLE article_changes`);
  }
}
