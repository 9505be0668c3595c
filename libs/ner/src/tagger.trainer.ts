import { AveragedPerceptron } from './averaged-perceptron.js';
import { DocContext } from './doc-context.js';
import type { Gazetteer } from './gazetteer.js';
import { LexiconCounts } from './lexicon.js';
import type { MorphFeatures } from './morph-features.js';
import { ENTITY_TYPES, type EntityType, labelType, spansToLabels, type TokenSpan } from './labels.js';
import { splitSentences } from './sentence-splitter.js';
import { SequenceDecoder } from './sequence-decoder.js';
import { TokenInfo } from './token-info.js';
import { createTokenBuffer, tokenizeInto, type TokenBuffer } from './tokenizer.js';

/** A gold-annotated document for training (character spans). */
export interface TrainingDoc {
  id: string;
  text: string;
  spans: ReadonlyArray<{ start: number; end: number; type: EntityType }>;
  /** How many times to present it per epoch (in-domain data gets more). */
  repeat?: number;
  /**
   * Partly labelled ranges: their tokens may be O or `type`, the corpus does not say which (NEREL's products
   * are organisations in factRuEval, «Twitter», or nothing, «iPhone»). Only another type counts as wrong.
   */
  partial?: ReadonlyArray<{ start: number; end: number; type: EntityType }>;
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  /** Folds for the jackknifed first-pass labels the second-pass features are trained on. */
  folds: number;
  foldEpochs: number;
  /** Train the document-level second pass (default true). */
  secondPass?: boolean;
  seed: number;
  /** Taggers trained from seeds `seed`, `seed + 1`, …, whose averaged weights are averaged again (default 1). */
  ensemble?: number;
  /**
   * Margin perceptron: a token tagged right still updates when the gold label's score leads the runner-up's by
   * less than `margin` × the number of active features (default 0, the plain perceptron).
   */
  margin?: number;
  gazetteer?: Gazetteer;
  /** Morphology features (the Russian model); the model header must then say `morphology: true`. */
  morphology?: MorphFeatures;
  log?: (line: string) => void;
}

interface Prepared {
  buf: TokenBuffer;
  sentStarts: number[];
  info: TokenInfo;
  gold: Uint8Array;
  firstPass: Uint8Array;
  repeat: number;
  /** 1 + the type index a partly labelled token may have besides O (0: fully labelled). */
  partial: Uint8Array | undefined;
}

/** Deterministic PRNG (mulberry32) for the shuffles. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** Token spans covered by character spans: a token belongs to a span it overlaps. */
function tokenSpans(spans: TrainingDoc['spans'], buf: TokenBuffer): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const s of spans) {
    let first = -1;
    let last = -1;
    for (let k = 0; k < buf.count; k++) {
      if (buf.ends[k]! <= s.start || buf.starts[k]! >= s.end) continue;
      if (first < 0) first = k;
      last = k;
    }
    if (first >= 0) out.push({ first, last, type: ENTITY_TYPES.indexOf(s.type) });
  }
  return out;
}

function prepare(doc: TrainingDoc, gazetteer: Gazetteer | undefined, morphology: MorphFeatures | undefined): Prepared {
  const buf = tokenizeInto(doc.text, createTokenBuffer(256));
  const sentStarts = splitSentences(doc.text, buf, []);
  const info = new TokenInfo();
  info.analyse(doc.text, buf, sentStarts, gazetteer, undefined, morphology);
  const gold = new Uint8Array(buf.count);
  spansToLabels(tokenSpans(doc.spans, buf), gold);
  let partial: Uint8Array | undefined;
  for (const p of tokenSpans(doc.partial ?? [], buf)) {
    partial ??= new Uint8Array(buf.count);
    for (let k = p.first; k <= p.last; k++) if (gold[k] === 0) partial[k] = 1 + p.type;
  }
  return { buf, sentStarts, info, gold, firstPass: new Uint8Array(buf.count), repeat: doc.repeat ?? 1, partial };
}

/** The label other than `gold` with the highest score. */
function runnerUp(scores: Float64Array, gold: number): number {
  let rival = gold === 0 ? 1 : 0;
  for (let l = 0; l < scores.length; l++) if (l !== gold && scores[l]! > scores[rival]!) rival = l;
  return rival;
}

function trainEpochs(
  model: AveragedPerceptron,
  docs: Prepared[],
  epochs: number,
  withSecondPass: boolean,
  margin: number,
  random: () => number,
): void {
  const decoder = new SequenceDecoder(model.weights, model.mask);
  const ctx = new DocContext();
  const scratch = new Uint8Array(docs.reduce((m, d) => Math.max(m, d.buf.count), 1));
  const order = docs.flatMap((d) => Array.from({ length: d.repeat }, () => d));
  for (let e = 0; e < epochs; e++) {
    for (const d of shuffle(order, random)) {
      const hook = (feats: Uint32Array, n: number, predicted: number, k: number): void => {
        model.tick();
        const partial = d.partial?.[k];
        if (partial)
          return predicted === 0 || labelType(predicted) === partial - 1
            ? undefined
            : model.update(feats, n, 0, predicted);
        const gold = d.gold[k]!;
        if (predicted !== gold) return model.update(feats, n, gold, predicted);
        if (margin === 0) return;
        const rival = runnerUp(decoder.scores, gold);
        if (decoder.scores[gold]! - decoder.scores[rival]! < margin * n) model.update(feats, n, gold, rival);
      };
      decoder.decodeTraining(d.info, ctx.build(d.info), d.sentStarts, scratch, hook);
      if (withSecondPass) decoder.decodeTraining(d.info, ctx.build(d.info, d.firstPass), d.sentStarts, scratch, hook);
    }
  }
}

/** First-pass labels for each document from a model that never saw it (k-fold), so pass-2 features are honest. */
function jackknife(docs: Prepared[], opts: TrainOptions, random: () => number): void {
  const ctx = new DocContext();
  for (let f = 0; f < opts.folds; f++) {
    const model = new AveragedPerceptron(opts.bits);
    trainEpochs(
      model,
      docs.filter((_, i) => i % opts.folds !== f),
      opts.foldEpochs,
      false,
      opts.margin ?? 0,
      random,
    );
    const decoder = new SequenceDecoder(model.averaged(), model.mask);
    docs.forEach((d, i) => {
      if (i % opts.folds !== f) return;
      decoder.precompute(d.info, d.sentStarts);
      decoder.decode(d.info, ctx.build(d.info), d.sentStarts, d.firstPass);
    });
    opts.log?.(`fold ${f + 1}/${opts.folds} done`);
  }
}

/** What training produces: averaged float weights (quantise them for a model file) and the lexicon. */
export interface TrainedTagger {
  weights: Float32Array;
  lexicon: Gazetteer;
}

/** Trains the two-pass tagger. */
export function trainTagger(docs: readonly TrainingDoc[], opts: TrainOptions): TrainedTagger {
  const prepared = docs.map((d) => prepare(d, opts.gazetteer, opts.morphology));
  const lexicon = new LexiconCounts();
  for (const d of prepared) lexicon.addDoc(d.info, d.gold);
  for (const d of prepared) lexicon.assignLeaveOneOut(d.info, d.gold);
  opts.log?.(`prepared ${prepared.length} docs, ${prepared.reduce((n, d) => n + d.buf.count, 0)} tokens`);
  const secondPass = opts.secondPass ?? true;
  const runs = opts.ensemble ?? 1;
  const weights = trainOnce(prepared, opts, secondPass, opts.seed);
  for (let r = 1; r < runs; r++) {
    const more = trainOnce(prepared, opts, secondPass, opts.seed + r);
    for (let i = 0; i < weights.length; i++) weights[i] += more[i]!;
  }
  if (runs > 1) for (let i = 0; i < weights.length; i++) weights[i] /= runs;
  return { weights, lexicon: lexicon.toGazetteer() };
}

/** One tagger's averaged weights, from its own seed (jackknifed pass-1 labels included). */
function trainOnce(prepared: Prepared[], opts: TrainOptions, secondPass: boolean, seed: number): Float32Array {
  const random = rng(seed);
  if (secondPass) jackknife(prepared, opts, random);
  const model = new AveragedPerceptron(opts.bits);
  trainEpochs(model, prepared, opts.epochs, secondPass, opts.margin ?? 0, random);
  return model.averaged();
}
