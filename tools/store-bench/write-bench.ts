import type { EnrichedArticle } from '@app/contracts';
import { PipelineMetrics } from '@app/observability';
import { randomBytes } from 'node:crypto';
import { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { ArticleWriteRepository } from '../../apps/store/src/write/article-write.repository.js';
import { consumed, enrichedArticle, mentionsOf } from '../../apps/store/src/write/enriched-article.fixture.js';
import { RUSSIAN_WORDS } from './vocabulary.js';

const ENTITY_POOL = 2_000;

export interface WriteResult {
  streams: number;
  articles: number;
  batchSize: number;
  insertRowsPerSecond: number;
  reprocessRowsPerSecond: number;
  batchP50Ms: number;
  batchP95Ms: number;
}

/** Article n of a run; `shift` moves its entities, so a re-processing replaces links rather than rewriting the same ones. */
function syntheticArticle(run: string, n: number, processedAt: string, shift: number): EnrichedArticle {
  const words = Array.from({ length: 60 }, (_, i) => RUSSIAN_WORDS[(n * 7 + i * 13) % RUSSIAN_WORDS.length]);
  const names = Array.from({ length: 5 }, (_, i) => `Bench ${run} ${(n * 31 + i * 17 + shift) % ENTITY_POOL}`);
  const text = `${words.join(' ')} ${names.join(', ')}.`;
  return enrichedArticle({
    source: `bench-write-${run}`,
    externalId: `w-${n}`,
    lang: 'ru',
    text,
    processedAt,
    publishedAt: new Date(Date.UTC(2026, 10, 1) + n * 1000).toISOString(),
    entities: names.map((name, i) => mentionsOf(text, (['PER', 'ORG', 'LOC'] as const)[i % 3], name)),
  });
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Writes `articles` as `streams` concurrent sequences of batches, as the consumer does with several partitions. */
export async function writeAll(
  repository: ArticleWriteRepository,
  articles: EnrichedArticle[],
  batchSize: number,
  streams: number,
): Promise<{ seconds: number; batches: number[] }> {
  const batches: number[] = [];
  const stream = async (part: EnrichedArticle[]) => {
    for (let i = 0; i < part.length; i += batchSize) {
      const t = performance.now();
      await repository.upsertMany(part.slice(i, i + batchSize).map((a, j) => consumed(a, i + j)));
      batches.push(performance.now() - t);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: streams }, (_, k) => stream(articles.filter((_, n) => n % streams === k))));
  return { seconds: (performance.now() - started) / 1000, batches };
}

/**
 * Rows written per second through the store's own write path (one transaction per consumer-sized batch,
 * five entity links per article, `streams` batches in flight at once): first as new articles, then re-processed (every row and its links replaced).
 * The rows are removed afterwards.
 */
export async function benchWrites(
  dataSource: DataSource,
  count: number,
  batchSize: number,
  streams: number,
): Promise<WriteResult> {
  const run = randomBytes(3).toString('hex');
  const repository = new ArticleWriteRepository(dataSource, new PipelineMetrics(new Registry()));
  const fresh = Array.from({ length: count }, (_, n) => syntheticArticle(run, n, '2026-11-25T10:00:00.000Z', 0));
  const again = Array.from({ length: count }, (_, n) => syntheticArticle(run, n, '2026-11-25T10:00:01.000Z', 1));
  try {
    const inserted = await writeAll(repository, fresh, batchSize, streams);
    const reprocessed = await writeAll(repository, again, batchSize, streams);
    return {
      streams,
      articles: count,
      batchSize,
      insertRowsPerSecond: Math.round(count / inserted.seconds),
      reprocessRowsPerSecond: Math.round(count / reprocessed.seconds),
      batchP50Ms: percentile(inserted.batches, 50),
      batchP95Ms: percentile(inserted.batches, 95),
    };
  } finally {
    await dataSource.query(`DELETE FROM articles WHERE source = $1`, [`bench-write-${run}`]);
    await dataSource.query(
      `DELETE FROM entity_days WHERE entity_key IN (SELECT key FROM entities WHERE name LIKE $1)`,
      [`Bench ${run} %`],
    );
    await dataSource.query(`DELETE FROM entities WHERE name LIKE $1`, [`Bench ${run} %`]);
  }
}
