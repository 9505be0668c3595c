import { entityKey } from '@app/contracts';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { nameTerms } from '../write/entity-names.js';
import { TERMS_VECTOR } from '../write/entity-names.sql.js';

/** Entities read, keyed and written back per round trip. */
const PAGE = 5_000;

/** The old keys whose entity now has another key, with that key and the old name's search terms. */
const MOVED = `entity_rekey r WHERE r.new_key <> r.old_key`;

/** Each old entity's names under its new key, filed under the languages of the articles that mention it. */
const FILE_NAMES = `
  INSERT INTO entity_names (entity_key, lang, name, terms)
  SELECT DISTINCT r.new_key,
    coalesce(split_part(lower(a.lang), '-', 1), CASE WHEN r.name ~ '[А-Яа-яЁё]' THEN 'ru' ELSE 'en' END), r.name,
    ${TERMS_VECTOR}
  FROM entity_rekey r
  LEFT JOIN article_entities l ON l.entity_key = r.old_key LEFT JOIN articles a ON a.id = l.article_id
  ON CONFLICT DO NOTHING`;

/** One row per new key, named after the most mentioned of the entities it merges, first seen when the first was. */
export const CREATE_MERGED = `
  INSERT INTO entities (key, type, name, article_count, first_seen_at)
  SELECT DISTINCT ON (r.new_key) r.new_key, e.type, e.name, 0, min(e.first_seen_at) OVER (PARTITION BY r.new_key)
  FROM ${MOVED.replace(' WHERE', ' JOIN entities e ON e.key = r.old_key WHERE')}
  ORDER BY r.new_key, e.article_count DESC, e.name
  ON CONFLICT (key) DO NOTHING`;

/** Moves the links; an article that named two merged entities gets one link with both counts and mentions. */
export const MOVE_LINKS = `
  WITH moved AS (
    DELETE FROM article_entities l USING entity_rekey r
    WHERE l.entity_key = r.old_key AND r.new_key <> r.old_key
    RETURNING l.article_id, r.new_key, l.count, l.mentions, l.published_at)
  INSERT INTO article_entities AS t (article_id, entity_key, count, mentions, published_at)
  SELECT article_id, new_key, sum(count)::int,
    (SELECT coalesce(jsonb_agg(m ORDER BY (m ->> 'start')::int), '[]') FROM jsonb_array_elements(jsonb_agg(mentions)) AS x(list),
       jsonb_array_elements(x.list) AS m),
    min(published_at)
  FROM moved GROUP BY article_id, new_key
  ON CONFLICT (article_id, entity_key) DO UPDATE SET count = t.count + EXCLUDED.count, mentions = t.mentions || EXCLUDED.mentions`;

const NEW_KEYS = `(SELECT DISTINCT new_key FROM ${MOVED})`;

/** The roll-ups of the new keys, counted again from their links (the write path's rule: every article counts). */
export const RECOUNT = [
  `DELETE FROM entity_days d USING entity_rekey r WHERE d.entity_key = r.old_key AND r.new_key <> r.old_key`,
  `DELETE FROM entity_days WHERE entity_key IN ${NEW_KEYS}`,
  `INSERT INTO entity_days (entity_key, day, articles, mentions)
   SELECT entity_key, (published_at AT TIME ZONE 'UTC')::date, count(*)::int, sum(count)::int
   FROM article_entities WHERE entity_key IN ${NEW_KEYS} GROUP BY 1, 2`,
  `UPDATE entities e SET article_count = c.n
   FROM (SELECT entity_key, count(*)::int AS n FROM article_entities WHERE entity_key IN ${NEW_KEYS} GROUP BY 1) c
   WHERE e.key = c.entity_key`,
  `DELETE FROM entities e USING ${MOVED} AND e.key = r.old_key`,
];

/**
 * Entities get the cross-script key (`entityKey` of `@app/contracts`): «Касым-Жомарт Токаев» and "Kassym-Jomart
 * Tokayev" become one. Every entity is re-keyed; rows that now share a key are merged (links, counts, daily
 * roll-up), and each name is kept in `entity_names` under its language with the terms entity search matches.
 * (type, name) is no longer unique: a name belongs to one key, but a key has many names.
 */
export class RekeyEntitiesAcrossScripts1765800000000 implements MigrationInterface {
  name = 'RekeyEntitiesAcrossScripts1765800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE entity_names (
        entity_key uuid NOT NULL REFERENCES entities (key) ON DELETE CASCADE,
        lang text NOT NULL,
        name text NOT NULL,
        terms tsvector NOT NULL,
        PRIMARY KEY (entity_key, lang, name)
      )`);
    // Word-prefix search (`terms @@ 'minnih:*'`) in either script.
    await runner.query(`CREATE INDEX entity_names_terms_idx ON entity_names USING gin (terms)`);
    // Search no longer matches the start of `entities.name`; its index would only cost writes.
    await runner.query(`DROP INDEX entities_name_prefix_idx`);
    await runner.query(`ALTER TABLE entities DROP CONSTRAINT entities_type_name_key`);
    await runner.query(`CREATE INDEX entities_type_name_idx ON entities (type, name)`);
    await runner.query(
      `CREATE TEMP TABLE entity_rekey (old_key uuid PRIMARY KEY, new_key uuid NOT NULL, name text NOT NULL, terms jsonb NOT NULL) ON COMMIT DROP`,
    );
    await this.keyAll(runner);
    await runner.query(`CREATE INDEX ON entity_rekey (new_key)`);
    await runner.query(`ANALYZE entity_rekey`);
    await runner.query(CREATE_MERGED);
    await runner.query(FILE_NAMES);
    await runner.query(MOVE_LINKS);
    for (const statement of RECOUNT) await runner.query(statement);
  }

  /** Computes every entity's new key and terms in pages, into `entity_rekey`. */
  private async keyAll(runner: QueryRunner): Promise<void> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: { key: string; type: string; name: string }[] = await runner.query(
        `SELECT key, type, name FROM entities WHERE key > $1 ORDER BY key LIMIT ${PAGE}`,
        [after],
      );
      if (rows.length === 0) return;
      const mapped = rows.map((e) => ({
        old_key: e.key,
        new_key: entityKey(e.type, e.name),
        name: e.name,
        terms: nameTerms(e.name),
      }));
      await runner.query(
        `INSERT INTO entity_rekey SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(old_key uuid, new_key uuid, name text, terms jsonb)`,
        [JSON.stringify(mapped)],
      );
      after = rows[rows.length - 1]!.key;
    }
  }

  /** The schema goes back; the keys stay cross-script (merged entities cannot be told apart again). */
  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE entity_names`);
    await runner.query(`DROP INDEX entities_type_name_idx`);
    await runner.query(
      `CREATE INDEX entities_name_prefix_idx ON entities (lower(name) text_pattern_ops, article_count DESC)`,
    );
  }
}
