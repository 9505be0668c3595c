import type { EntityManager } from 'typeorm';
import type { Fingerprint } from './story-matcher.js';

/**
 * Story assignment reads the index and then writes to it. Two batches doing that at once (two partitions, two
 * instances) would not see each other's uncommitted fingerprints, and two copies of one story would each head a
 * story of their own. But two articles can only find each other through a key they share: an LSH band key, the
 * content hash, or the article id (a redelivery). So a batch takes a transaction-scoped advisory lock on each key
 * it touches, and only batches that share a key wait for one another; the candidates are read after the locks,
 * so the later batch sees what the earlier one committed. Every batch takes its locks in one global order
 * (namespace, then key), so no two batches can wait on each other in a cycle. The two-integer lock space keeps
 * these apart from any single-bigint advisory lock elsewhere.
 */
const ASSIGN_LOCKS = `
  SELECT count(pg_advisory_xact_lock(ns, key))::int AS locked FROM (
    SELECT DISTINCT ns, key FROM (
      SELECT 1 AS ns, k AS key FROM unnest($1::int[]) AS k
      UNION ALL SELECT 2, hashtext(h) FROM unnest($2::text[]) AS h
      UNION ALL SELECT 3, hashtext(a::text) FROM unnest($3::uuid[]) AS a) keys
    ORDER BY ns, key OFFSET 0) ordered`;

/**
 * Advisory locks live in PostgreSQL's shared lock table (`max_locks_per_transaction` × connections, 6,400 slots
 * by default, shared by every transaction on the server). A batch of 500 touches some 9,000 keys, so it is
 * assigned in consecutive transactions of at most this many locks each: later ones see what earlier ones
 * committed, and a retried batch gets the same stories (assignment is idempotent), so nothing needs the batch
 * to be one transaction.
 */
export const LOCKS_PER_TRANSACTION = 1024;

/** Takes the locks of every key through which the articles could find, or be found by, another article. */
export async function lockStoryKeys(manager: EntityManager, chunk: readonly Banded[]): Promise<void> {
  await manager.query(ASSIGN_LOCKS, [
    chunk.flatMap((c) => c.bands),
    chunk.map((c) => c.article.contentHash),
    chunk.map((c) => c.article.articleId),
  ]);
}

/** An article with the band keys that find it (none for a standalone one: nothing finds it by resemblance). */
export type Banded = { article: Fingerprint; bands: number[] };

/** Consecutive runs of the batch, each locking at most `LOCKS_PER_TRANSACTION` keys (one article at least). */
export function lockChunks(articles: readonly Banded[], budget = LOCKS_PER_TRANSACTION): Banded[][] {
  const chunks: Banded[][] = [];
  let keys = Infinity;
  for (const banded of articles) {
    const cost = banded.bands.length + 2;
    if (keys + cost > budget) {
      chunks.push([]);
      keys = 0;
    }
    chunks.at(-1)!.push(banded);
    keys += cost;
  }
  return chunks;
}
