import {
  EntityTagger,
  ENTITY_TYPES,
  encodeModel,
  decodeModel,
  loadMorphology,
  MorphFeatures,
  trainTagger,
  type TrainingDoc,
} from '@app/ner';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetsDir, skipWithoutDatasets } from './datasets-dir.js';
import { readFactRu } from './factru.reader.js';
import { toModelData } from './model-data.js';
import { readNamesGazetteer } from './names.reader.js';
import { readNerel } from './nerel.reader.js';
import { type CountsByType, f1, spanCounts, tokenCounts } from './token-f1.js';

/**
 * Devset cross-validation, the tuning signal for the Russian model (the testset stays untouched): for each
 * fifth of the factRuEval devset, train on the other four fifths (×dev-repeat) plus NEREL train+dev, tag the
 * held-out fifth through a quantised model file (as shipped), and pool the counts over the folds.
 * Each fold trains `--ensemble` taggers (3, as `train:ner` does), so one run takes about 8 minutes on one core.
 * `npm run cv:ner -- [--folds-cv=0,1,2,3,4] [--ensemble=3] [--margin=0.5] [--epochs=8] [--seed=42] [--errors] [--no-morphology] [--models=DIR] …`
 * With `--models=DIR`, each fold's model file is written to DIR (`cv-N.bin`) and read back from there on the next
 * run instead of retraining: a change to the rules after the tagger is then scored in seconds. Use a fresh DIR
 * whenever training or the features change.
 */
const arg = (name: string, fallback: number): number =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const CV_FOLDS = (process.argv.find((a) => a.startsWith('--folds-cv='))?.split('=')[1] ?? '0,1,2,3,4')
  .split(',')
  .map(Number);
const OPTS = {
  bits: arg('bits', 18),
  epochs: arg('epochs', 8),
  folds: arg('folds', 4),
  foldEpochs: arg('fold-epochs', 4),
  seed: arg('seed', 42),
  ensemble: arg('ensemble', 3),
  margin: arg('margin', 0.5),
};
const DEV_REPEAT = arg('dev-repeat', 5);
const SHOW_ERRORS = process.argv.includes('--errors');
const MORPHOLOGY = !process.argv.includes('--no-morphology');
const MODELS_DIR = process.argv.find((a) => a.startsWith('--models='))?.split('=')[1];

const log = (line: string): void => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

const datasets = datasetsDir();
if (!datasets) skipWithoutDatasets('ner cv');
const gazetteer = readNamesGazetteer(datasets);
const dev = readFactRu(datasets, 'devset');
const nerel = [...readNerel(datasets, 'train'), ...readNerel(datasets, 'dev')];
const tok: CountsByType = {};
const span: CountsByType = {};
const confusion = new Map<string, number>();
for (const fold of CV_FOLDS) {
  const fit: TrainingDoc[] = [
    ...dev.filter((_, i) => i % 5 !== fold).map((d) => ({ ...d, repeat: DEV_REPEAT })),
    ...nerel,
  ];
  const model = decodeModel(foldModelFile(fold, fit));
  const tagger = new EntityTagger(model);
  const foldTok: CountsByType = {};
  for (const d of dev.filter((_, i) => i % 5 === fold)) {
    const pred = tagger.tag(d.text);
    countConfusions(d.tokens, d.spans, pred, confusion);
    tokenCounts(d.spans, pred, d.tokens, ENTITY_TYPES, tok);
    tokenCounts(d.spans, pred, d.tokens, ENTITY_TYPES, foldTok);
    spanCounts(d.spans, pred, ENTITY_TYPES, span);
    if (SHOW_ERRORS) printErrors(d.id, d.text, d.spans, pred);
  }
  log(`fold ${fold}: ${ENTITY_TYPES.map((t) => `${t} ${f1(foldTok[t]!).f1.toFixed(3)}`).join('  ')}`);
}
for (const t of ENTITY_TYPES) {
  const s = f1(tok[t]!);
  log(
    `${t} token P ${s.p.toFixed(3)} R ${s.r.toFixed(3)} F1 ${s.f1.toFixed(3)}   span F1 ${f1(span[t]!).f1.toFixed(3)}`,
  );
}

log(
  `token confusions (gold->predicted): ${[...confusion]
    .sort()
    .map(([k, v]) => `${k} ${v}`)
    .join('  ')}`,
);

/** The fold's model file, trained here or read from `--models`; always through the file format, so the fold is scored with quantised weights, as shipped. */
function foldModelFile(fold: number, fit: TrainingDoc[]): Buffer {
  const path = MODELS_DIR === undefined ? undefined : join(MODELS_DIR, `cv-${fold}.bin`);
  if (path !== undefined && existsSync(path)) return readFileSync(path);
  const trained = trainTagger(fit, {
    ...OPTS,
    gazetteer,
    morphology: MORPHOLOGY ? new MorphFeatures(loadMorphology()) : undefined,
  });
  const origin = {
    lang: 'ru',
    version: `cv-${fold}`,
    bits: OPTS.bits,
    passes: 2 as const,
    morphology: MORPHOLOGY,
    prune: 0,
    training: { command: '', data: [], epochs: OPTS.epochs, seed: OPTS.seed },
  };
  const file = encodeModel(toModelData(trained, gazetteer, origin));
  if (path !== undefined) {
    mkdirSync(MODELS_DIR!, { recursive: true });
    writeFileSync(path, file);
  }
  return file;
}

interface Span {
  start: number;
  end: number;
  type: string;
}

/** Tokens whose gold type (or O) differs from the predicted one, counted by the pair: where recall goes. */
function countConfusions(
  tokens: ReadonlyArray<{ start: number; end: number }>,
  gold: readonly Span[],
  pred: readonly Span[],
  into: Map<string, number>,
): void {
  const typeAt = (spans: readonly Span[], t: { start: number; end: number }): string =>
    spans.find((s) => s.start < t.end && s.end > t.start)?.type ?? 'O';
  for (const t of tokens) {
    const [g, p] = [typeAt(gold, t), typeAt(pred, t)];
    if (g !== p) into.set(`${g}->${p}`, (into.get(`${g}->${p}`) ?? 0) + 1);
  }
}

function printErrors(id: string, text: string, gold: readonly Span[], pred: readonly Span[]): void {
  const key = (s: Span): string => `${s.type}:${s.start}:${s.end}`;
  const g = new Set(gold.map(key));
  const p = new Set(pred.map(key));
  const ctx = (s: { start: number; end: number }): string =>
    `${text.slice(Math.max(0, s.start - 30), s.start)}[${text.slice(s.start, s.end)}]${text.slice(s.end, s.end + 30)}`.replace(
      /\s+/g,
      ' ',
    );
  for (const s of gold) if (!p.has(key(s))) console.log(`ERR ${id} miss ${s.type} ${ctx(s)}`);
  for (const s of pred) if (!g.has(key(s))) console.log(`ERR ${id} spur ${s.type} ${ctx(s)}`);
}
