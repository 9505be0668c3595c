import { decodeModel, encodeModel, type ModelData } from './model.codec.js';

describe('model codec', () => {
  it('round-trips sparse weights, gazetteer and lexicon', () => {
    const weights = new Int16Array(2 * 13);
    weights[3] = 120;
    weights[20] = -7;
    weights[25] = 32767;
    const model: ModelData = {
      header: {
        format: 'ner-averaged-perceptron-1',
        version: 'xx-1.test',
        lang: 'xx',
        bits: 1,
        labels: Array.from({ length: 13 }, (_, i) => `L${i}`),
        scale: 0.5,
        passes: 2,
        createdAt: '2026-12-01T00:00:00Z',
        training: { command: 'test', data: [], epochs: 1, seed: 1 },
      },
      weights,
      gazKeys: Uint32Array.from([1, 0xffffffff]),
      gazBits: Uint8Array.from([1, 4]),
      lexKeys: Uint32Array.from([7]),
      lexBits: Uint8Array.from([2]),
    };
    const back = decodeModel(encodeModel(model));
    expect(back.header).toEqual(model.header);
    expect(Array.from(back.weights)).toEqual(Array.from(weights));
    expect(Array.from(back.gazKeys)).toEqual([1, 0xffffffff]);
    expect(Array.from(back.gazBits)).toEqual([1, 4]);
    expect(Array.from(back.lexKeys)).toEqual([7]);
    expect(Array.from(back.lexBits)).toEqual([2]);
  });

  it('rejects other files', () => {
    expect(() => decodeModel(Buffer.from('not gzip'))).toThrow();
  });
});
