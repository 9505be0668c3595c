import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The article's full-text vector as the read-model migration generated it: the language's configuration, title and text. */
const SEARCH_OF = (lang: string, title: string, text: string) => `
  to_tsvector(
    CASE split_part(lower(${lang}), '-', 1)
      WHEN 'ru' THEN 'russian'::regconfig WHEN 'rus' THEN 'russian'::regconfig
      WHEN 'en' THEN 'english'::regconfig WHEN 'eng' THEN 'english'::regconfig
      ELSE 'simple'::regconfig END,
    left(${title} || ' ' || ${text}, 200000))`;

/**
 * `search` was a generated column, so PostgreSQL parsed the whole text again on every write of the row, twice in an
 * upsert that updates (once for the row proposed for insertion, once for the update) and once for a redelivered
 * message that changes nothing: the parse is most of an article's upsert (0.45 of 0.6 backend ms). It becomes a plain
 * column the writers fill with `article_search(lang, title, text)`, which the store's upsert calls only for a row
 * that is new or whose language, title or text changed (a kill keeps all three). The values already stored stay.
 */
export class SearchOncePerContent1766300000000 implements MigrationInterface {
  name = 'SearchOncePerContent1766300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE FUNCTION article_search(lang text, title text, body text) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT ${SEARCH_OF('lang', 'title', 'body')} $$`);
    await runner.query(`ALTER TABLE articles ALTER COLUMN search DROP EXPRESSION`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE articles DROP COLUMN search`);
    await runner.query(
      `ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (${SEARCH_OF('lang', 'title', 'text')}) STORED`,
    );
    await runner.query(`CREATE INDEX articles_search_idx ON articles USING gin (search)`);
    await runner.query(`ALTER TABLE articles ALTER COLUMN search SET STATISTICS 1000`);
    await runner.query(`DROP FUNCTION article_search(text, text, text)`);
  }
}
