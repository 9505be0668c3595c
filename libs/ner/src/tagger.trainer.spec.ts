import { trainTagger, type TrainingDoc } from './tagger.trainer.js';

const doc = (id: string, text: string, names: Array<[string, 'PER' | 'ORG' | 'LOC']>): TrainingDoc => ({
  id,
  text,
  spans: names.map(([name, type]) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, type })),
});

const DOCS = [
  doc('a', 'Иван Петров приехал в Казань.', [['Иван Петров', 'PER'], ['Казань', 'LOC']]),
  doc('b', 'Компания «Татнефть» открыла офис в Москве.', [['Татнефть', 'ORG'], ['Москве', 'LOC']]),
  doc('c', 'Анна Смирнова работает в «Газпроме».', [['Анна Смирнова', 'PER'], ['Газпроме', 'ORG']]),
  doc('d', 'В Казани встретились Петров и Смирнова.', [['Казани', 'LOC'], ['Петров', 'PER'], ['Смирнова', 'PER']]),
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
});
