import 'reflect-metadata';
import { createEntityExtractor } from '@app/ner';
import { enrichArticle } from '../../apps/processor/src/article-enricher.js';
import { datasetsDir } from '../ner/datasets-dir.js';
import { readFactRu } from '../ner/factru.reader.js';
import { CORPUS_PROFILES, generateCorpus } from './corpus.js';
import { asRawArticle, BENCH_ORIGIN } from './processor-speed.js';

/**
 * `npm run bench:corpus`: what an article of each bench corpus profile looks like next to the factRuEval-2016
 * texts (Russian news, read from the shared datasets folder when it is there): characters of text, distinct
 * named entities (factRuEval: its coreference chains; the bench: what the extractor finds, which the store
 * writes as links) and characters per entity mention.
 */
interface Shape {
  chars: number[];
  entities: number[];
  mentions: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);

function line(name: string, shape: Shape): string {
  const total = shape.chars.reduce((sum, c) => sum + c, 0);
  return [
    `${name}: ${shape.chars.length} articles`,
    `characters median ${median(shape.chars)}, mean ${Math.round(mean(shape.chars))}`,
    `distinct entities median ${median(shape.entities)}, mean ${mean(shape.entities).toFixed(1)}`,
    `one mention per ${Math.round(total / Math.max(1, shape.mentions))} characters`,
  ].join('; ');
}

function factRuShape(dir: string): Shape {
  const docs = [...readFactRu(dir, 'devset'), ...readFactRu(dir, 'testset')];
  return {
    chars: docs.map((d) => d.text.length),
    entities: docs.map((d) => d.entities.length),
    mentions: docs.reduce((sum, d) => sum + d.spans.length, 0),
  };
}

function benchShape(profile: (typeof CORPUS_PROFILES)[number], extractor: ReturnType<typeof createEntityExtractor>) {
  const enriched = generateCorpus(1_000, profile).map((a) =>
    enrichArticle(asRawArticle(a, 'bench'), BENCH_ORIGIN, extractor, new Date()),
  );
  return {
    chars: enriched.map((a) => a.text.length),
    entities: enriched.map((a) => a.entities.length),
    mentions: enriched.reduce((sum, a) => sum + a.entities.reduce((n, e) => n + e.mentions.length, 0), 0),
  };
}

const dir = datasetsDir();
if (dir) console.log(line('factRuEval-2016 (devset + testset)', factRuShape(dir)));
else console.log('factRuEval-2016: datasets folder not found (set NER_DATASETS_DIR); skipping it.');
const extractor = createEntityExtractor();
for (const profile of CORPUS_PROFILES) console.log(line(`bench corpus ${profile}`, benchShape(profile, extractor)));
