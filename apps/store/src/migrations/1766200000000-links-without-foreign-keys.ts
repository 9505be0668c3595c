import type { MigrationInterface, QueryRunner } from 'typeorm';

const FUNCTIONS = [
  // What `ON DELETE CASCADE` did, once per statement rather than once per article.
  `CREATE FUNCTION article_links_on_article_delete() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     DELETE FROM article_entities l USING gone g WHERE l.article_id = g.id;
     RETURN NULL;
   END $$`,
  // What the foreign key's `NO ACTION` did: an entity some article still links to cannot go.
  `CREATE FUNCTION article_links_on_entity_delete() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF EXISTS (SELECT 1 FROM article_entities l JOIN gone g ON g.key = l.entity_key) THEN
       RAISE EXCEPTION 'an entity still linked to an article cannot be deleted' USING ERRCODE = 'foreign_key_violation';
     END IF;
     RETURN NULL;
   END $$`,
];

/**
 * The links' two foreign keys checked every link row on insert, each check a query that also locked the article or
 * entity row: 0.20 of the 0.35 backend ms a stored article's ~11 links cost (`tools/bench/store-statements.ts`).
 * The write path is the only writer of links and gives the same guarantee itself: a link is written in the
 * transaction that wrote its article (under that row's lock), after `INSERT … ON CONFLICT` made sure each entity
 * exists, and the batch then locks every entity it links to, failing (to be retried) if one has gone meanwhile.
 * The deletes the keys ruled on stay ruled, by statement triggers: deleting articles deletes their links (and so
 * their `hidden_links`), deleting an entity that still has links fails.
 */
export class LinksWithoutForeignKeys1766200000000 implements MigrationInterface {
  name = 'LinksWithoutForeignKeys1766200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE article_entities DROP CONSTRAINT article_entities_article_id_fkey,
        DROP CONSTRAINT article_entities_entity_key_fkey`);
    for (const sql of FUNCTIONS) await runner.query(sql);
    await runner.query(`
      CREATE TRIGGER article_links_on_article_delete AFTER DELETE ON articles
      REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION article_links_on_article_delete()`);
    await runner.query(`
      CREATE TRIGGER article_links_on_entity_delete AFTER DELETE ON entities
      REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION article_links_on_entity_delete()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TRIGGER article_links_on_entity_delete ON entities`);
    await runner.query(`DROP TRIGGER article_links_on_article_delete ON articles`);
    await runner.query(`DROP FUNCTION article_links_on_entity_delete(), article_links_on_article_delete()`);
    await runner.query(`
      ALTER TABLE article_entities
        ADD CONSTRAINT article_entities_article_id_fkey FOREIGN KEY (article_id) REFERENCES articles (id) ON DELETE CASCADE,
        ADD CONSTRAINT article_entities_entity_key_fkey FOREIGN KEY (entity_key) REFERENCES entities (key)`);
  }
}
