import { articleId, type EnrichedArticle, type RawArticle } from '@app/contracts';
import type { InboundMessage } from '@app/messaging';
import { PipelineMetrics } from '@app/observability';
import { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { enrichArticle } from '../../apps/processor/src/article-enricher.js';
import type { EntityExtractor } from '../../apps/processor/src/entity-extractor.js';
import { ArticleWriteRepository } from '../../apps/store/src/article-write.repository.js';
import { consumed } from '../../apps/store/src/enriched-article.fixture.js';
import type { BenchArticle } from './corpus.js';

const SOURCE = 'bench-store-alone';
const origin: InboundMessage = { topic: 'bench', partition: 0, offset: '0', key: null, value: null, headers: {}, timestamp: '0' };

/** The corpus as the store receives it: really enriched (entities from the extractor), each its own story. */
function enriched(articles: readonly BenchArticle[], extractor: EntityExtractor): EnrichedArticle[] {
  return articles.map((a) => {
    const raw: RawArticle = {
      id: articleId(SOURCE, a.externalId), source: SOURCE, externalId: a.externalId, version: 1, pubStatus: 'usable', title: a.title, body: a.body,
      publishedAt: a.publishedAt, receivedAt: a.publishedAt, lineage: { format: 'native-json', payloadHash: '0'.repeat(64) },
    };
    const article = enrichArticle(raw, origin, extractor, new Date());
    return { ...article, storyId: article.id, duplicate: 'unique' };
  });
}

/**
 * The store's write path alone: new articles through `ArticleWriteRepository` (one transaction per batch of
 * `batchSize`, `streams` batches in flight, as the consumer runs with two partitions), against the bench's
 * database. Articles/s over the whole write; the rows are removed afterwards.
 */
export async function storeWriteSpeed(dataSource: DataSource, articles: readonly BenchArticle[], extractor: EntityExtractor, batchSize = 200, streams = 2): Promise<{ articlesPerSecond: number; linksPerArticle: number }> {
  const all = enriched(articles, extractor);
  const repository = new ArticleWriteRepository(dataSource, new PipelineMetrics(new Registry()));
  const stream = async (part: EnrichedArticle[]) => {
    for (let i = 0; i < part.length; i += batchSize) await repository.upsertMany(part.slice(i, i + batchSize).map((a, j) => consumed(a, i + j)));
  };
  const started = performance.now();
  try {
    await Promise.all(Array.from({ length: streams }, (_, k) => stream(all.filter((_, n) => n % streams === k))));
    const seconds = (performance.now() - started) / 1000;
    const links = all.reduce((sum, a) => sum + a.entities.length, 0);
    return { articlesPerSecond: Math.round(all.length / seconds), linksPerArticle: Math.round((links / all.length) * 10) / 10 };
  } finally {
    await dataSource.query(`DELETE FROM articles WHERE source = $1`, [SOURCE]);
  }
}
