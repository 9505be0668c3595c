import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Entity } from '@app/contracts';
import { createEntityExtractor, defaultModelDir, ENTITY_TYPES, loadTagger } from '@app/ner';
import { projectRoot } from '../infra/index.js';
import { datasetsDir, skipWithoutDatasets } from './datasets-dir.js';
import { articlesOf, articlesPerSecond } from './extractor-speed.js';
import { crossScriptEval } from './cross-script-eval.js';
import { readFactRu } from './factru.reader.js';
import { englishScores, englishSets, englishSpeed, formatEnglish } from './english-eval.js';
import { nameCounts, type NameCounts } from './name-accuracy.js';
import { type CountsByType, f1, spanCounts, tokenCounts, type TypedSpan } from './token-f1.js';

const SECONDS = Number(process.argv.find((a) => a.startsWith('--seconds='))?.split('=')[1] ?? 10);
const ms = (from: bigint): number => Number(process.hrtime.bigint() - from) / 1e6;
const mentionsOf = (entities: readonly Entity[]): TypedSpan[] =>
  entities.flatMap((e) => e.mentions.map((m) => ({ type: e.type, start: m.start, end: m.end })));

const datasets = datasetsDir();
if (!datasets) skipWithoutDatasets('eval:ner');

let started = process.hrtime.bigint();
const extractor = createEntityExtractor();
const loadMs = ms(started);
const test = readFactRu(datasets, 'testset');
started = process.hrtime.bigint();
extractor.extract(test[0]!.text, 'ru');
const firstCallMs = ms(started);

// Speed and memory first, before the scoring loops fill the heap with evaluation data.
const articles = articlesOf(
  test.map((d) => d.text),
  3000,
);
const tagger = loadTagger(defaultModelDir(), 'ru');
const speed = {
  extract: articlesPerSecond(articles, (a) => extractor.extract(a, 'ru'), SECONDS, 3),
  tagOnly: articlesPerSecond(articles, (a) => tagger.tag(a), SECONDS, 3),
};
const rssMb = process.memoryUsage().rss / 1e6;

const tok: CountsByType = {};
const span: CountsByType = {};
const names: NameCounts = {};
for (const doc of test) {
  const out = extractor.extract(doc.text, 'ru');
  tokenCounts(doc.spans, mentionsOf(out), doc.tokens, ENTITY_TYPES, tok);
  spanCounts(doc.spans, mentionsOf(out), ENTITY_TYPES, span);
  nameCounts(doc, out, names);
}
const enSets = englishSets(datasets);
const extractEn = (text: string, lang: string) => extractor.extract(text, lang);
const english = { tokenF1: englishScores(extractEn, enSets), speed: englishSpeed(extractEn, enSets, SECONDS) };

const rows = ENTITY_TYPES.map((t) => {
  const n = names[t] ?? { gold: 0, covered: 0, correct: 0 };
  return {
    type: t,
    tokenF1: f1(tok[t]!),
    spanF1: f1(span[t]!),
    names: { ...n, accuracy: n.covered ? n.correct / n.covered : 0 },
  };
});
const result = {
  modelVersion: extractor.modelVersion,
  data: {
    ru: `factRuEval-2016 testset (${test.length} docs)`,
    en: 'GUM held-out news (5 docs), WikiGold (145 docs), Universal NER English-PUD (1,000 sentences)',
  },
  nameRule:
    'gold entity covered = an output mention of its type overlaps one of its gold spans; correct = the owning output entity name equals one of the names its .coref block lists (each "name" line; a person\'s fields firstname, firstname1, patronymic, lastname, lastname1, one name per choice of repeated fields), case-insensitive, ё=е, quotes ignored',
  rows,
  english,
  speed: {
    articleChars: 3000,
    articles: articles.length,
    secondsPerRun: SECONDS,
    runs: 3,
    extractArticlesPerSec: speed.extract,
    tagOnlyArticlesPerSec: speed.tagOnly,
    loadAverage: loadavg(),
  },
  loadMs,
  firstCallMs,
  rssMb,
  reference: { natashaSlovnet: { PER: 0.959, LOC: 0.915, ORG: 0.825 } },
};

const f = (x: number): string => x.toFixed(3);
console.log(`model ${result.modelVersion}`);
console.log('type | ru token P/R/F1      | ru span F1 | name acc (correct/covered/gold)');
for (const r of rows) {
  const n = r.names;
  console.log(
    `${r.type}  | ${f(r.tokenF1.p)} ${f(r.tokenF1.r)} ${f(r.tokenF1.f1)} | ${f(r.spanF1.f1)}      | ${f(n.accuracy)} (${n.correct}/${n.covered}/${n.gold})`,
  );
}
console.log(`name rule: ${result.nameRule}`);
const rate = (r: { wall: number; cpu: number }): string => `${r.wall.toFixed(0)} (per CPU-second ${r.cpu.toFixed(0)})`;
console.log(
  `speed, articles/s on one core (~3 KB articles, median of 3 × ${SECONDS}s; load average ${loadavg()[0]!.toFixed(1)}): extract ${rate(speed.extract)}, tagger alone ${rate(speed.tagOnly)}`,
);
for (const line of formatEnglish(english.tokenF1)) console.log(line);
console.log(
  `en speed, articles/s on one core (~3 KB WikiGold/PUD articles, median of 3): extract ${rate(english.speed)}`,
);
console.log(
  `load ${loadMs.toFixed(0)} ms (first extract incl. morphology ${firstCallMs.toFixed(0)} ms), RSS ${rssMb.toFixed(0)} MB`,
);
for (const line of crossScriptEval(datasets, extractor)) console.log(line);
const dir = join(projectRoot(), 'bench', 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'ner-eval.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(`wrote ${join(dir, 'ner-eval.json')}`);
