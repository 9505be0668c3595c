import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What makes an article hidden now or later: a kill, or an embargo (hidden until its time passes). */
const HIDING = (a: string) => `(${a}.pub_status = 'canceled' OR ${a}.embargoed_until IS NOT NULL)`;

/**
 * Copies the links `l` of the articles `a` (rows with id, pub_status, embargoed_until) that `from` joins and filters.
 * A statement that updates links in place would need a third trigger: the write path only inserts and deletes them.
 */
const copyLinks = (from: string) => `
  INSERT INTO hidden_links (article_id, entity_key, published_at, count, killed, embargoed_until)
  SELECT l.article_id, l.entity_key, l.published_at, l.count, a.pub_status = 'canceled', a.embargoed_until
  FROM ${from}
  ON CONFLICT (article_id, entity_key) DO UPDATE SET
    published_at = EXCLUDED.published_at, count = EXCLUDED.count, killed = EXCLUDED.killed,
    embargoed_until = EXCLUDED.embargoed_until`;

const FUNCTIONS = [
  // Links written for an article already killed or under embargo (a re-processed or late-linked article).
  `CREATE FUNCTION hidden_links_on_link_insert() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     ${copyLinks(`added l JOIN articles a ON a.id = l.article_id WHERE ${HIDING('a')}`)};
     RETURN NULL;
   END $$`,
  // An article killed, embargoed, or released from either by a new version.
  `CREATE FUNCTION hidden_links_on_article_update() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     DELETE FROM hidden_links h USING changed a WHERE h.article_id = a.id AND NOT ${HIDING('a')};
     ${copyLinks(`changed a JOIN article_entities l ON l.article_id = a.id WHERE ${HIDING('a')}`)};
     RETURN NULL;
   END $$`,
];

/**
 * Every entity read subtracts the articles no reader may see (killed, or still under embargo) from the counts the
 * write path keeps. Found from the articles, that meant reading the links of every hidden article on each request:
 * 2,100 index probes on a million articles, 35-45 ms at load 20, on every entity page and search. `hidden_links`
 * holds those links, kept in step by statement triggers on the two tables the write path changes (links are only
 * inserted and deleted; a deleted link goes with its row through the foreign key), indexed by entity, so a read
 * looks at the hidden links of the entities it shows and nothing else. An embargo lifts with no write: a row whose
 * `embargoed_until` has passed is simply not read (the embargo index holds it below `now()`).
 */
export class TrackHiddenLinks1766000000000 implements MigrationInterface {
  name = 'TrackHiddenLinks1766000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE hidden_links (
        article_id uuid NOT NULL,
        entity_key uuid NOT NULL,
        published_at timestamptz NOT NULL,
        count integer NOT NULL,
        killed boolean NOT NULL,
        embargoed_until timestamptz,
        PRIMARY KEY (article_id, entity_key),
        FOREIGN KEY (article_id, entity_key) REFERENCES article_entities (article_id, entity_key) ON DELETE CASCADE
      )`);
    await runner.query(
      `CREATE INDEX hidden_links_killed_idx ON hidden_links (entity_key) INCLUDE (published_at, count) WHERE killed`,
    );
    await runner.query(
      `CREATE INDEX hidden_links_embargo_idx ON hidden_links (entity_key, embargoed_until) INCLUDE (published_at, count) WHERE embargoed_until IS NOT NULL`,
    );
    for (const sql of FUNCTIONS) await runner.query(sql);
    await runner.query(`
      CREATE TRIGGER hidden_links_on_link_insert AFTER INSERT ON article_entities
      REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION hidden_links_on_link_insert()`);
    await runner.query(`
      CREATE TRIGGER hidden_links_on_article_update AFTER UPDATE ON articles
      REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION hidden_links_on_article_update()`);
    await runner.query(copyLinks(`articles a JOIN article_entities l ON l.article_id = a.id WHERE ${HIDING('a')}`));
    await runner.query(`ANALYZE hidden_links`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TRIGGER hidden_links_on_article_update ON articles`);
    await runner.query(`DROP TRIGGER hidden_links_on_link_insert ON article_entities`);
    await runner.query(`DROP FUNCTION hidden_links_on_article_update(), hidden_links_on_link_insert()`);
    await runner.query(`DROP TABLE hidden_links`);
  }
}
