import type { EnrichedArticle } from '@app/contracts';
import { PipelineMetrics } from '@app/observability';
import { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { enrichArticle } from '../../apps/processor/src/article-enricher.js';
import type { EntityExtractor } from '../../apps/processor/src/entity-extractor.js';
import { ArticleWriteRepository } from '../../apps/store/src/write/article-write.repository.js';
import { writeAll } from '../store-bench/write-bench.js';
import type { BenchArticle } from './corpus.js';
import { cpuBetween, cpuSnapshot } from './cpu-usage.js';
import { asRawArticle, BENCH_ORIGIN } from './processor-speed.js';

const SOURCE = 'bench-store-alone';

/** The corpus as the store receives it: really enriched (entities from the extractor), each its own story. */
function enriched(articles: readonly BenchArticle[], extractor: EntityExtractor): EnrichedArticle[] {
  return articles.map((a) => {
    const article = enrichArticle(asRawArticle(a, SOURCE), BENCH_ORIGIN, extractor, new Date());
    return { ...article, storyId: article.id, duplicate: 'unique' };
  });
}

/**
 * The store's write path alone: new articles through `ArticleWriteRepository` (one transaction per batch of
 * `batchSize`, `streams` batches in flight, as the consumer runs with two partitions), against the bench's
 * database. Articles/s over the whole write, and the CPU milliseconds per article of the write path (this process,
 * which runs nothing else meanwhile) and of `database`'s PostgreSQL backends: figures the machine's load moves far
 * less than the rate. The rows are removed afterwards.
 */
export async function storeWriteSpeed(
  dataSource: DataSource,
  articles: readonly BenchArticle[],
  extractor: EntityExtractor,
  database: string,
  batchSize = 200,
  streams = 2,
): Promise<{ articlesPerSecond: number; linksPerArticle: number; cpuMsPerArticle: Record<string, number> }> {
  const all = enriched(articles, extractor);
  const repository = new ArticleWriteRepository(dataSource, new PipelineMetrics(new Registry()));
  try {
    const before = cpuSnapshot([], { database });
    const { seconds } = await writeAll(repository, all, batchSize, streams);
    const used = cpuBetween(before, cpuSnapshot([], { database }));
    const links = all.reduce((sum, a) => sum + a.entities.length, 0);
    const msPerArticle = (group: string) => Math.round(((used[group] ?? 0) * 1000 * 100) / all.length) / 100;
    return {
      articlesPerSecond: Math.round(all.length / seconds),
      linksPerArticle: Math.round((links / all.length) * 10) / 10,
      cpuMsPerArticle: { store: msPerArticle('bench'), postgres: msPerArticle('postgres') },
    };
  } finally {
    await dataSource.query(`DELETE FROM articles WHERE source = $1`, [SOURCE]);
  }
}
