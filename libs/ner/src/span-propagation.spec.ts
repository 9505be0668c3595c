import { ENTITY_TYPES, type TokenSpan } from './labels.js';
import { propagateSpans } from './span-propagation.js';
import { splitSentences } from './sentence-splitter.js';
import { TokenInfo } from './token-info.js';
import { createTokenBuffer, tokenizeInto } from './tokenizer.js';

const ORG = ENTITY_TYPES.indexOf('ORG');
const PER = ENTITY_TYPES.indexOf('PER');

function run(text: string, spans: TokenSpan[]): string[] {
  const buf = tokenizeInto(text, createTokenBuffer());
  const info = new TokenInfo();
  info.analyse(text, buf, splitSentences(text, buf, []), undefined);
  return propagateSpans(info, spans).map((s) => `${ENTITY_TYPES[s.type]} ${text.slice(buf.starts[s.first], buf.ends[s.last])}`);
}

describe('propagateSpans', () => {
  it('tags the untagged repeats of an ORG, in text order', () => {
    const text = 'Рабочие Vestas бастуют. Vestas молчит, а Голос Америки и Vestas нет.';
    expect(run(text, [{ first: 1, last: 1, type: ORG }, { first: 8, last: 9, type: ORG }])).toEqual(['ORG Vestas', 'ORG Vestas', 'ORG Голос Америки', 'ORG Vestas']);
  });

  it('leaves persons and lower-case repeats alone', () => {
    const text = 'Роза Хутор. Роза цветёт, роза Хутор.';
    expect(run(text, [{ first: 0, last: 1, type: PER }])).toEqual(['PER Роза Хутор']);
    expect(run(text, [{ first: 0, last: 0, type: ORG }])).toEqual(['ORG Роза', 'ORG Роза']);
  });
});
