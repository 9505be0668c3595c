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
 * is not included). Median articles/s of `runs` passes over the corpus, and median CPU ms per article.
 */
export function processorSpeed(
  articles: readonly BenchArticle[],
  extractor: EntityExtractor,
  runs = 5,
): { articlesPerSecond: number; runs: number[]; cpuMsPerArticle: number } {
  const raws = articles.map((a) => asRawArticle(a, 'bench'));
  const rates: number[] = [];
  const cpuMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    for (const raw of raws) fingerprintOf(enrichArticle(raw, BENCH_ORIGIN, extractor, new Date()));
    const used = process.cpuUsage(cpu);
    rates.push(Math.round(raws.length / ((performance.now() - started) / 1000)));
    cpuMs.push((used.user + used.system) / 1000 / raws.length);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  // On a busy machine wall time says how busy it was; CPU time per article is the work's own cost.
  return { articlesPerSecond: median(rates), runs: rates, cpuMsPerArticle: Math.round(median(cpuMs) * 1000) / 1000 };
}
