import { fnv, mix } from './feature-hash.js';
import { label, LABEL_COUNT, U } from './labels.js';
import { trainTagger, type TrainingDoc } from './tagger.trainer.js';

const doc = (id: string, text: string, names: Array<[string, 'PER' | 'ORG' | 'LOC']>): TrainingDoc => ({
  id,
  text,
  spans: names.map(([name, type]) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, type })),
});

const DOCS = [
  doc('a', 'Иван Петров приехал в Казань.', [
    ['Иван Петров', 'PER'],
    ['Казань', 'LOC'],
  ]),
  doc('b', 'Компания «Татнефть» открыла офис в Москве.', [
    ['Татнефть', 'ORG'],
    ['Москве', 'LOC'],
  ]),
  doc('c', 'Анна Смирнова работает в «Газпроме».', [
    ['Анна Смирнова', 'PER'],
    ['Газпроме', 'ORG'],
  ]),
  doc('d', 'В Казани встретились Петров и Смирнова.', [
    ['Казани', 'LOC'],
    ['Петров', 'PER'],
    ['Смирнова', 'PER'],
  ]),
];

const OPTS = { bits: 12, epochs: 3, folds: 2, foldEpochs: 2 };

describe('trainTagger', () => {
  it('averages the weights of the taggers trained from consecutive seeds', () => {
    const one = trainTagger(DOCS, { ...OPTS, seed: 7 }).weights;
    const two = trainTagger(DOCS, { ...OPTS, seed: 8 }).weights;
    const both = trainTagger(DOCS, { ...OPTS, seed: 7, ensemble: 2 }).weights;
    expect(one).not.toEqual(two);
    let worst = 0;
    for (let i = 0; i < both.length; i++) worst = Math.max(worst, Math.abs(both[i]! - (one[i]! + two[i]!) / 2));
    expect(worst).toBeLessThan(1e-5);
  });

  it('is deterministic for a seed', () => {
    expect(trainTagger(DOCS, { ...OPTS, seed: 3 }).weights).toEqual(trainTagger(DOCS, { ...OPTS, seed: 3 }).weights);
  });

  it('keeps updating on tokens it already tags right while their lead is under the margin', () => {
    const plain = trainTagger(DOCS, { ...OPTS, seed: 5 }).weights;
    expect(trainTagger(DOCS, { ...OPTS, seed: 5, margin: 0 }).weights).toEqual(plain);
    const margin = trainTagger(DOCS, { ...OPTS, seed: 5, margin: 0.5 }).weights;
    let moved = 0;
    for (let i = 0; i < plain.length; i++) if (margin[i] !== plain[i]) moved++;
    expect(moved).toBeGreaterThan(0);
  });

  it('takes O or the allowed type as right on a partly labelled token, and corrects any other type', () => {
    const named = doc('e', 'Компания Twitter открыла офис.', [['Twitter', 'ORG']]);
    const text = 'Пользователи Twitter пишут.';
    const at = { start: text.indexOf('Twitter'), end: text.indexOf('Twitter') + 7 };
    const unnamed = (partial: TrainingDoc['partial']): TrainingDoc[] =>
      [1, 2, 3].map((i) => ({ id: `o${i}`, text, spans: [], partial }));
    // How far the word feature «twitter» leans to ORG-U over O.
    const row = (mix(2, fnv('twitter')) & ((1 << OPTS.bits) - 1)) * LABEL_COUNT;
    const orgLead = (w: Float32Array): number => w[row + label(1, U)]! - w[row]!;
    const asO = trainTagger([...DOCS, named, ...unnamed(undefined)], { ...OPTS, seed: 1 }).weights;
    const orgOrO = trainTagger([...DOCS, named, ...unnamed([{ ...at, type: 'ORG' }])], { ...OPTS, seed: 1 }).weights;
    expect(orgLead(asO)).toBeLessThan(orgLead(orgOrO));
    // Allowed PER instead, the ORG the tagger learnt from the named document is corrected towards O.
    const perOrO = trainTagger([...DOCS, named, ...unnamed([{ ...at, type: 'PER' }])], { ...OPTS, seed: 1 }).weights;
    expect(orgLead(perOrO)).toBeLessThan(orgLead(orgOrO));
  });
});
