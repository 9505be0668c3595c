import { articleId, type RawArticle } from '@app/contracts';
import type { InboundMessage } from '@app/messaging';
import { enrichArticle, fingerprintOf } from '../../apps/processor/src/article-enricher.js';
import type { EntityExtractor } from '../../apps/processor/src/entity-extractor.js';
import type { BenchArticle } from './corpus.js';

/** Where the bench's articles "came from": enrichment records it as lineage, nothing reads it. */
export const BENCH_ORIGIN: InboundMessage = {
  topic: 'bench',
  partition: 0,
  offset: '0',
  key: null,
  value: null,
  headers: {},
  timestamp: '0',
};

/** A corpus article as the intake would have published it for `source`. */
export function asRawArticle(a: BenchArticle, source: string): RawArticle {
  return {
    id: articleId(source, a.externalId),
    source,
    externalId: a.externalId,
    version: 1,
    pubStatus: 'usable',
    title: a.title,
    body: a.body,
    publishedAt: a.publishedAt,
    receivedAt: a.publishedAt,
    lineage: { format: 'native-json', payloadHash: '0'.repeat(64) },
  };
}

/**
 * The processor's per-article CPU work alone, in this process on one core: normalisation, language
 * detection, the extractor given, hashing and the MinHash fingerprint (the story index's database round trip
 * is not included). Median articles/s of `runs` passes over the corpus.
 */
export function processorSpeed(
  articles: readonly BenchArticle[],
  extractor: EntityExtractor,
  runs = 5,
): { articlesPerSecond: number; runs: number[] } {
  const raws = articles.map((a) => asRawArticle(a, 'bench'));
  const rates: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    for (const raw of raws) fingerprintOf(enrichArticle(raw, BENCH_ORIGIN, extractor, new Date()));
    rates.push(Math.round(raws.length / ((performance.now() - started) / 1000)));
  }
  const sorted = [...rates].sort((a, b) => a - b);
  return { articlesPerSecond: sorted[Math.floor(sorted.length / 2)]!, runs: rates };
}
