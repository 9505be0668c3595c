import pg from 'pg';

export interface StoredStats {
  rows: number;
  distinct: number;
  storedPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number };
}

/**
 * Waits until `expected` rows of `source` are visible, then measures them: throughput from the first receipt
 * to the last commit, and latency from receipt at the intake to the committed row (a slight overestimate of
 * 202-to-visible, since the 202 follows the receipt by the produce time).
 */
export async function waitAndMeasure(
  db: pg.Pool,
  table: string,
  source: string,
  expected: number,
  deadlineMs = 180_000,
): Promise<StoredStats> {
  const deadline = Date.now() + deadlineMs;
  let rows = 0;
  while (Date.now() < deadline) {
    rows = (await db.query(`SELECT count(*)::int AS n FROM ${table} WHERE source = $1`, [source])).rows[0].n as number;
    if (rows >= expected) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const {
    rows: [s],
  } = await db.query(
    `SELECT count(*)::int AS rows, count(DISTINCT external_id)::int AS distinct,
       extract(epoch FROM max(stored_at) - min(received_at))::float AS span,
       percentile_cont(ARRAY[0.5, 0.95, 0.99]) WITHIN GROUP (ORDER BY extract(epoch FROM stored_at - received_at) * 1000) AS pct
     FROM ${table} WHERE source = $1`,
    [source],
  );
  const pct = (s.pct as number[] | null) ?? [NaN, NaN, NaN];
  return {
    rows: s.rows,
    distinct: s.distinct,
    storedPerSecond: s.rows / Math.max(0.001, s.span),
    latencyMs: { p50: pct[0]!, p95: pct[1]!, p99: pct[2]! },
  };
}
