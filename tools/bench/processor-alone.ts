import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createEntityExtractor } from '@app/ner';
import { enrichArticle, fingerprintOf } from '../../apps/processor/src/article-enricher.js';
import { datasetsDir } from '../ner/datasets-dir.js';
import { readFactRu } from '../ner/factru.reader.js';
import { readNerel } from '../ner/nerel.reader.js';
import { generateCorpus, type BenchArticle } from './corpus.js';
import { asRawArticle, BENCH_ORIGIN, processorSpeed } from './processor-speed.js';

/**
 * The processor's per-article work alone, without Kafka or the database: CPU ms per article (median of `runs`
 * passes) on the bench's `news` corpus and, when the shared datasets are there, on real news texts (factRuEval
 * testset and NEREL test). `--dump <file>` writes the enriched articles and fingerprints of the same inputs
 * instead (processedAt fixed): two builds whose dumps are equal byte for byte give the same output.
 *
 *   tools/with-node.sh node dist/tools/bench/processor-alone.js [articles=500] [runs=5]
 *   tools/with-node.sh node dist/tools/bench/processor-alone.js --dump /tmp/enriched.jsonl
 */

/** factRuEval's and NEREL's test texts as articles (Russian news, 225 texts). */
function realTexts(): BenchArticle[] {
  const dir = datasetsDir();
  if (!dir) return [];
  const docs = [...readFactRu(dir, 'testset'), ...readNerel(dir, 'test')];
  return docs.map((d) => ({
    externalId: d.id,
    title: d.text.slice(0, 80),
    body: d.text,
    lang: 'ru',
    publishedAt: '2026-01-01T00:00:00.000Z',
  }));
}

function dump(file: string, inputs: readonly BenchArticle[]): void {
  const extractor = createEntityExtractor();
  const when = new Date('2026-01-01T00:00:00Z');
  const lines = inputs.map((a) => {
    const enriched = enrichArticle(asRawArticle(a, 'bench'), BENCH_ORIGIN, extractor, when);
    return JSON.stringify({ enriched, fingerprint: fingerprintOf(enriched) });
  });
  const text = `${lines.join('\n')}\n`;
  writeFileSync(file, text);
  console.log(`${inputs.length} articles, sha256 ${createHash('sha256').update(text).digest('hex')}`);
}

const args = process.argv.slice(2);
const news = generateCorpus(Number(args[0] === '--dump' ? 2000 : (args[0] ?? 500)), 'news');
if (args[0] === '--dump') dump(args[1]!, [...news, ...realTexts()]);
else {
  const runs = Number(args[1] ?? 5);
  const extractor = createEntityExtractor();
  processorSpeed(news.slice(0, 100), extractor, 1);
  const cpu = (articles: BenchArticle[]) => processorSpeed(articles, extractor, runs).cpuMsPerArticle;
  const real = realTexts();
  console.log(JSON.stringify({ newsCpuMsPerArticle: cpu(news), realCpuMsPerArticle: real.length ? cpu(real) : null }));
}
