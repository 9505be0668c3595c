import { f1, spanCounts, tokenCounts } from './token-f1.js';

// «Юрий Лужков посетил Москву»: tokens at 0-4, 5-11, 12-19, 20-26.
const tokens = [
  { start: 0, end: 4 },
  { start: 5, end: 11 },
  { start: 12, end: 19 },
  { start: 20, end: 26 },
];

describe('token F1', () => {
  it('gives partial credit for a partly right span', () => {
    const gold = [{ type: 'PER', start: 0, end: 11 }];
    const pred = [
      { type: 'PER', start: 5, end: 11 },
      { type: 'PER', start: 12, end: 19 },
    ];
    const c = tokenCounts(gold, pred, tokens, ['PER']);
    expect(c.PER).toEqual({ hit: 1, pred: 2, gold: 2 });
    expect(f1(c.PER!).f1).toBeCloseTo(0.5);
  });

  it('counts a token only for its own type', () => {
    const c = tokenCounts([{ type: 'LOC', start: 20, end: 26 }], [{ type: 'ORG', start: 20, end: 26 }], tokens, [
      'LOC',
      'ORG',
    ]);
    expect(c.LOC).toEqual({ hit: 0, pred: 0, gold: 1 });
    expect(c.ORG).toEqual({ hit: 0, pred: 1, gold: 0 });
    expect(f1(c.ORG!)).toEqual({ p: 0, r: 0, f1: 0 });
  });

  it('scores exact spans only when both ends match', () => {
    const gold = [
      { type: 'PER', start: 0, end: 11 },
      { type: 'LOC', start: 20, end: 26 },
    ];
    const pred = [
      { type: 'PER', start: 5, end: 11 },
      { type: 'LOC', start: 20, end: 26 },
    ];
    const c = spanCounts(gold, pred, ['PER', 'LOC']);
    expect(c.PER).toEqual({ hit: 0, pred: 1, gold: 1 });
    expect(c.LOC).toEqual({ hit: 1, pred: 1, gold: 1 });
  });
});
