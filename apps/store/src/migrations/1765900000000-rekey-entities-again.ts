import { entityKey } from '@app/contracts';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { nameTerms } from '../write/entity-names.js';
import { CREATE_MERGED, MOVE_LINKS, RECOUNT } from './1765800000000-rekey-entities-across-scripts.js';

/** Rows read, keyed and written back per round trip. */
const PAGE = 5_000;

/** The names of each entity that moves, filed under its new key (the old rows go with the old entity). */
const MOVE_NAMES = `
  INSERT INTO entity_names (entity_key, lang, name, terms)
  SELECT r.new_key, n.lang, n.name, n.terms
  FROM entity_names n JOIN entity_rekey r ON r.old_key = n.entity_key AND r.new_key <> r.old_key
  ORDER BY 1, 2, 3
  ON CONFLICT DO NOTHING`;

/** Search terms computed again, written only where they changed. */
const REFRESH_TERMS = `
  UPDATE entity_names n SET terms = array_to_tsvector(ARRAY(SELECT DISTINCT jsonb_array_elements_text(r.terms)))
  FROM jsonb_to_recordset($1::jsonb) AS r(entity_key uuid, lang text, name text, terms jsonb)
  WHERE n.entity_key = r.entity_key AND n.lang = r.lang AND n.name = r.name
    AND n.terms <> array_to_tsvector(ARRAY(SELECT DISTINCT jsonb_array_elements_text(r.terms)))`;

/**
 * Entities get the keys of the identity as it is now (`entityKey` of `@app/contracts`): the rules that make more
 * English spellings meet their Russian transcriptions (McNeilly/МакНейлли, Kansas/Канзас) give some names a new
 * key, and two entities stored apart may now be one. Each entity moves, as a whole, to the key of its stored name;
 * rows that now share a key are merged as the first re-keying merged them (links, counts, daily roll-up, names),
 * and every name's search terms are computed again, since the skeletons they hold changed too. Running it again
 * changes nothing.
 */
export class RekeyEntitiesAgain1765900000000 implements MigrationInterface {
  name = 'RekeyEntitiesAgain1765900000000';

  async up(runner: QueryRunner): Promise<void> {
    // The first re-keying's table lives until its transaction commits, which may be this one.
    await runner.query(`DROP TABLE IF EXISTS entity_rekey`);
    await runner.query(`CREATE TEMP TABLE entity_rekey (old_key uuid PRIMARY KEY, new_key uuid NOT NULL)`);
    await this.keyAll(runner);
    await runner.query(`CREATE INDEX ON entity_rekey (new_key)`);
    await runner.query(`ANALYZE entity_rekey`);
    await runner.query(CREATE_MERGED);
    await runner.query(MOVE_NAMES);
    await runner.query(MOVE_LINKS);
    for (const statement of RECOUNT) await runner.query(statement);
    await runner.query(`DROP TABLE entity_rekey`);
    await this.refreshTerms(runner);
  }

  /** Every entity's key now, in pages, into `entity_rekey`. */
  private async keyAll(runner: QueryRunner): Promise<void> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: { key: string; type: string; name: string }[] = await runner.query(
        `SELECT key, type, name FROM entities WHERE key > $1 ORDER BY key LIMIT ${PAGE}`,
        [after],
      );
      if (rows.length === 0) return;
      const mapped = rows.map((e) => ({ old_key: e.key, new_key: entityKey(e.type, e.name) }));
      await runner.query(
        `INSERT INTO entity_rekey SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(old_key uuid, new_key uuid)`,
        [JSON.stringify(mapped)],
      );
      after = rows[rows.length - 1]!.key;
    }
  }

  /** Every name's search terms as `nameTerms` gives them now, in pages. */
  private async refreshTerms(runner: QueryRunner): Promise<void> {
    let after: [string, string, string] = ['00000000-0000-0000-0000-000000000000', '', ''];
    for (;;) {
      const rows: { entity_key: string; lang: string; name: string }[] = await runner.query(
        `SELECT entity_key, lang, name FROM entity_names WHERE (entity_key, lang, name) > ($1, $2, $3)
         ORDER BY entity_key, lang, name LIMIT ${PAGE}`,
        after,
      );
      if (rows.length === 0) return;
      await runner.query(REFRESH_TERMS, [JSON.stringify(rows.map((n) => ({ ...n, terms: nameTerms(n.name) })))]);
      const last = rows[rows.length - 1]!;
      after = [last.entity_key, last.lang, last.name];
    }
  }

  /** Nothing to undo in the schema; entities merged by the new keys cannot be told apart again. */
  async down(): Promise<void> {}
}
