import type pg from 'pg';
import type { AcknowledgedLedger } from './acknowledged-ledger.js';

/** How the store's rows compare with what the fetcher acknowledged. */
export interface Comparison {
  acknowledged: number;
  storedRows: number;
  lost: number;
  duplicatedRows: number;
  duplicatedLinks: number;
  wrongVersion: number;
  killsAcknowledged: number;
  killsHonoured: number;
  /** Rows of the run's source for articles nobody acknowledged. */
  unexpected: number;
}

type Row = { id: string; version: number; pub_status: string; status: string };

/** Compares the store's articles of `source` (and their entity links) with the acknowledged ledger. */
export async function compareWithStore(db: pg.Pool, source: string, ledger: AcknowledgedLedger): Promise<Comparison> {
  const { rows } = await db.query<Row>('SELECT id, version, pub_status, status FROM articles WHERE source = $1', [
    source,
  ]);
  const {
    rows: [links],
  } = await db.query<{ extra: number }>(
    `SELECT (count(*) - count(DISTINCT (l.article_id, l.entity_key)))::int AS extra
     FROM article_entities l JOIN articles a ON a.id = l.article_id WHERE a.source = $1`,
    [source],
  );
  const byId = new Map<string, Row[]>();
  for (const row of rows) byId.set(row.id, [...(byId.get(row.id) ?? []), row]);
  const result: Comparison = {
    acknowledged: ledger.expected.size,
    storedRows: rows.length,
    lost: 0,
    duplicatedRows: rows.length - byId.size,
    duplicatedLinks: links?.extra ?? 0,
    wrongVersion: 0,
    killsAcknowledged: 0,
    killsHonoured: 0,
    unexpected: 0,
  };
  for (const expected of ledger.expected.values()) {
    const row = byId.get(expected.id)?.[0];
    const killed = expected.pubStatus === 'canceled';
    if (killed) result.killsAcknowledged++;
    if (!row) result.lost++;
    else if (row.version !== expected.version || row.pub_status !== expected.pubStatus) result.wrongVersion++;
    else if (killed && row.status === 'killed') result.killsHonoured++;
  }
  for (const id of byId.keys()) if (!ledger.expected.has(id)) result.unexpected++;
  return result;
}

/** Whether the store holds exactly what was acknowledged. */
export function isSettled(c: Comparison): boolean {
  return c.lost === 0 && c.wrongVersion === 0 && c.killsHonoured === c.killsAcknowledged;
}
