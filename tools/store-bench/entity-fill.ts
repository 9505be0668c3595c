import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { nameTerms } from '../../apps/store/src/write/entity-names.js';
import { INSERT_ENTITY_NAMES } from '../../apps/store/src/write/entity-names.sql.js';
import { benchEntityName } from './entity-vocabulary.js';

/** Entities written per statement: a few thousand names keep each statement's JSON small. */
const BATCH = 5_000;

/**
 * A stable id from a name: its MD5 with the version and variant digits of a UUID v5 set, because the read API
 * accepts only well-formed UUIDs in its paths and filters.
 */
export const benchUuid = (name: string) =>
  `overlay(overlay(md5(${name}) placing '5' from 13) placing '8' from 17)::uuid`;

/** `benchUuid` computed in Node, for rows built here. */
export function benchUuidOf(name: string): string {
  const hex = [...createHash('md5').update(name).digest('hex')];
  hex[12] = '5';
  hex[16] = '8';
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Entity i's row; a second run leaves a row alone unless its name changed. */
const UPSERT_ENTITIES = `
  INSERT INTO entities AS e (key, type, name)
  SELECT r.key, r.type, r.name FROM jsonb_to_recordset($1::jsonb) AS r(key uuid, type text, name text)
  ON CONFLICT (key) DO UPDATE SET type = EXCLUDED.type, name = EXCLUDED.name
  WHERE (e.type, e.name) IS DISTINCT FROM (EXCLUDED.type, EXCLUDED.name)`;

/** Names a generator of another version filed and this one does not. */
const DROP_STALE_NAMES = `
  DELETE FROM entity_names n
  USING jsonb_to_recordset($1::jsonb) AS r(key uuid, names jsonb)
  WHERE n.entity_key = r.key
    AND NOT r.names @> jsonb_build_array(jsonb_build_object('lang', n.lang, 'name', n.name))`;

/**
 * Entities 1..`count` and their names in `entity_names`, with the search terms the store computes as it writes
 * (`nameTerms`), so prefix search on a bench database finds what it would find on a real one.
 */
export async function fillEntities(dataSource: DataSource, count: number): Promise<void> {
  for (let first = 1; first <= count; first += BATCH) {
    const entities = [];
    const names = [];
    for (let i = first; i <= Math.min(count, first + BATCH - 1); i++) {
      const key = benchUuidOf(`bench-entity-${i}`);
      const entity = benchEntityName(i);
      entities.push({ key, type: entity.type, name: entity.name, names: entity.names });
      for (const n of entity.names) names.push({ entity_key: key, ...n, terms: nameTerms(n.name) });
    }
    await dataSource.query(UPSERT_ENTITIES, [JSON.stringify(entities)]);
    await dataSource.query(DROP_STALE_NAMES, [JSON.stringify(entities)]);
    await dataSource.query(INSERT_ENTITY_NAMES, [JSON.stringify(names)]);
  }
}
