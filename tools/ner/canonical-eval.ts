import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createEntityExtractor, ENTITY_TYPES, resolveEntities, type Mention } from '@app/ner';
import { datasetsDir, skipWithoutDatasets } from './datasets-dir.js';
import { readFactRu, type FactRuDoc } from './factru.reader.js';
import {
  nameCounts,
  type NameCounts,
  type NameMiss,
  sameName as sameAsWritten,
  samePersonName,
} from './name-accuracy.js';
import { type CountsByType, f1, tokenCounts } from './token-f1.js';

type EntityType = Mention['type'];
type ResolveOptions = NonNullable<Parameters<typeof resolveEntities>[3]>;
const NO_GAZETTEER: ResolveOptions = { persons: { byFirstAndPatronymic: {}, bySurname: {} } };
const TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC'];

/** Canonical-name accuracy for one entity type. */
export interface CanonicalScore {
  readonly type: EntityType;
  readonly correct: number;
  readonly total: number;
  readonly accuracy: number;
}

/** A gold entity whose name came out wrong. */
export interface CanonicalFailure {
  readonly doc: string;
  readonly type: EntityType;
  readonly gold: string;
  readonly predicted: string;
  readonly mentions: readonly string[];
}

export interface CanonicalReport {
  readonly scores: readonly CanonicalScore[];
  readonly failures: readonly CanonicalFailure[];
}

/** How names are compared. */
export const CANONICAL_RULE =
  'any name the `.coref` block lists; case-insensitive, «ё» = «е», spaces collapsed, quotes ignored; for a person ' +
  "also initials' stops and hyphens, the fields in any order, and the patronymic may be omitted («Минтимер Шаймиев» " +
  'matches gold «Минтимер Шарипович Шаймиев»)';

function sameName(type: EntityType, predicted: string, gold: string): boolean {
  return type === 'PER' ? samePersonName(predicted, gold) : sameAsWritten(predicted, gold);
}

/**
 * Feeds each document's gold mentions (the benchmark spans of `readFactRu`) to `resolveEntities` and checks,
 * for every gold entity, the name of the entity its first mention landed in against the `.coref` name.
 * Call it on the testset only to report, never to tune.
 *
 * @example
 * canonicalAccuracy(readFactRu(datasets, 'testset')).scores // [{ type: 'PER', correct, total, accuracy }, …]
 */
export function canonicalAccuracy(docs: readonly FactRuDoc[], options: ResolveOptions = {}): CanonicalReport {
  const tally = new Map(TYPES.map((t) => [t, { correct: 0, total: 0 }]));
  const failures: CanonicalFailure[] = [];
  for (const doc of docs) {
    const mentions: Mention[] = doc.spans.map((s) => ({ ...s, text: doc.text.slice(s.start, s.end) }));
    const entities = resolveEntities(doc.text, mentions, 'ru', options);
    const nameAt = new Map(entities.flatMap((e) => e.mentions.map((m) => [`${m.start}:${m.end}`, e.name] as const)));
    for (const gold of doc.entities) {
      const kept = gold.spans
        .filter((s) => doc.spans.some((k) => k.start === s.start && k.end === s.end))
        .sort((a, b) => a.start - b.start);
      if (kept.length === 0) continue;
      const predicted = nameAt.get(`${kept[0]!.start}:${kept[0]!.end}`) ?? '(dropped)';
      const count = tally.get(gold.type)!;
      count.total++;
      if (gold.names.some((name) => sameName(gold.type, predicted, name))) count.correct++;
      else
        failures.push({
          doc: doc.id,
          type: gold.type,
          gold: gold.names.join(' | '),
          predicted,
          mentions: kept.map((s) => doc.text.slice(s.start, s.end)),
        });
    }
  }
  const scores = [...tally].map(([type, { correct, total }]) => ({
    type,
    correct,
    total,
    accuracy: total ? correct / total : 0,
  }));
  return { scores, failures };
}

// Mean milliseconds per document of one pass, each document resolved for the first time.
function timeFirstSight(docs: readonly FactRuDoc[]): number {
  const started = performance.now();
  for (const doc of docs)
    resolveEntities(
      doc.text,
      doc.spans.map((s) => ({ ...s, text: doc.text.slice(s.start, s.end) })),
      'ru',
    );
  return (performance.now() - started) / Math.max(1, docs.length);
}

function timeResolver(docs: readonly FactRuDoc[]): void {
  const rounds = 20;
  const perDoc = docs.map((doc) => {
    const mentions: Mention[] = doc.spans.map((s) => ({ ...s, text: doc.text.slice(s.start, s.end) }));
    resolveEntities(doc.text, mentions, 'ru');
    const started = performance.now();
    for (let i = 0; i < rounds; i++) resolveEntities(doc.text, mentions, 'ru');
    return { chars: doc.text.length, mentions: mentions.length, ms: (performance.now() - started) / rounds };
  });
  const typical = perDoc.filter((d) => d.chars >= 1500 && d.chars <= 4500 && d.mentions >= 12 && d.mentions <= 30);
  const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  console.log(
    `resolveEntities again on the same articles (caches warm): ${mean(perDoc.map((d) => d.ms)).toFixed(3)} ms/doc over ${docs.length} docs ` +
      `(mean ${mean(perDoc.map((d) => d.mentions)).toFixed(1)} mentions, ${mean(perDoc.map((d) => d.chars)).toFixed(0)} chars); ` +
      `1.5-4.5 KB with 12-30 mentions: ${mean(typical.map((d) => d.ms)).toFixed(3)} ms/doc (${typical.length} docs)`,
  );
}

const option = (name: string): string | undefined =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

/**
 * `--extractor[=devset|testset]`: the figure `eval:ner` reports (the extractor's own spans, then names), without
 * the speed runs and English sets, with the misses listed (`--failures=N`, default 40). Devset by default: the
 * tagger was trained on it, so its spans are nearly gold there and the misses are the canonical step's.
 */
function extractorAccuracy(dir: string, split: 'devset' | 'testset'): void {
  const extractor = createEntityExtractor();
  const counts: NameCounts = {};
  const misses: NameMiss[] = [];
  const tokens: CountsByType = {};
  for (const doc of readFactRu(dir, split)) {
    const out = extractor.extract(doc.text, 'ru');
    nameCounts(doc, out, counts, misses);
    const spans = out.flatMap((e) => e.mentions.map((m) => ({ type: e.type, start: m.start, end: m.end })));
    tokenCounts(doc.spans, spans, doc.tokens, ENTITY_TYPES, tokens);
  }
  console.log(`factRuEval ${split}, extractor output: token F1; canonical names right (correct/covered/gold):`);
  for (const type of ENTITY_TYPES) {
    const c = counts[type]!;
    const names = `${(c.correct / Math.max(1, c.covered)).toFixed(3)} (${c.correct}/${c.covered}/${c.gold})`;
    const lenient = `${((c.lenient ?? 0) / Math.max(1, c.covered)).toFixed(3)} (${c.lenient ?? 0})`;
    console.log(
      `  ${type}: F1 ${f1(tokens[type]!).f1.toFixed(4)}; names ${names}; as canonical-eval reads them ${lenient}`,
    );
  }
  for (const m of misses.slice(0, Number(option('failures') ?? 40)))
    console.log(
      `  ${m.lenient ? '≈' : '✗'} ${m.doc} ${m.type} gold «${m.gold}» got «${m.predicted}» from ${m.mentions.map((t) => `«${t}»`).join(' ')}`,
    );
}

function main(): void {
  const dir = datasetsDir() ?? skipWithoutDatasets('canonical-eval');
  const extractorSplit = process.argv.find((a) => a.startsWith('--extractor'));
  if (extractorSplit) return extractorAccuracy(dir, extractorSplit.includes('=testset') ? 'testset' : 'devset');
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  resolveEntities('Казань', [{ type: 'LOC', start: 0, end: 6, text: 'Казань' }], 'ru');
  const loadMs = performance.now() - started;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  console.log(
    `morphology + gazetteer load: ${loadMs.toFixed(0)} ms, heap +${heapMb.toFixed(1)} MB, rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`,
  );
  const docs = readFactRu(dir, 'devset');
  const half = Math.floor(docs.length / 2);
  const cold = timeFirstSight(docs.slice(0, half));
  const seen = timeFirstSight(docs.slice(half));
  console.log(
    `resolveEntities on articles not seen before: ${cold.toFixed(2)} ms/doc with empty caches (${half} docs), ` +
      `${seen.toFixed(2)} ms/doc after those (${docs.length - half} docs)`,
  );
  const report = canonicalAccuracy(docs);
  console.log(`factRuEval devset, canonical-name accuracy (${CANONICAL_RULE}):`);
  for (const s of report.scores)
    console.log(`  ${s.type}: ${(100 * s.accuracy).toFixed(1)}% (${s.correct}/${s.total})`);
  // `--failures N` prints N failures (default 40).
  const at = process.argv.indexOf('--failures');
  const sample = at > 0 ? Number(process.argv[at + 1]) : 40;
  for (const f of report.failures.slice(0, sample)) {
    console.log(
      `  ✗ ${f.doc} ${f.type} gold «${f.gold}» got «${f.predicted}» from ${f.mentions.map((m) => `«${m}»`).join(' ')}`,
    );
  }
  const bare = canonicalAccuracy(docs, NO_GAZETTEER).scores.find((s) => s.type === 'PER')!;
  console.log(
    `  PER without the persons gazetteer: ${(100 * bare.accuracy).toFixed(1)}% (${bare.correct}/${bare.total})`,
  );
  timeResolver(docs);
  console.log(
    `heap after the devset (word and name caches filled): ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
