import { label, labelsToSpans, spansToLabels, B, I, L, U } from './labels.js';

describe('BILOU labels', () => {
  it('round-trips token spans', () => {
    const spans = [
      { first: 0, last: 1, type: 0 },
      { first: 3, last: 3, type: 2 },
      { first: 4, last: 6, type: 1 },
    ];
    const labels = new Uint8Array(8);
    spansToLabels(spans, labels);
    expect(Array.from(labels)).toEqual([
      label(0, B),
      label(0, L),
      0,
      label(2, U),
      label(1, B),
      label(1, I),
      label(1, L),
      0,
    ]);
    expect(labelsToSpans(labels, labels.length)).toEqual(spans);
  });

  it('reads ill-formed runs leniently', () => {
    expect(labelsToSpans([label(0, I), label(0, I), label(1, L)], 3)).toEqual([
      { first: 0, last: 1, type: 0 },
      { first: 2, last: 2, type: 1 },
    ]);
  });
});
