import { ENTITY_TYPES, type TokenSpan } from './labels.js';
import { applySpanRule } from './span-rule.fixture.js';
import { propagateSpans } from './span-propagation.js';

const ORG = ENTITY_TYPES.indexOf('ORG');
const PER = ENTITY_TYPES.indexOf('PER');

const run = (text: string, spans: TokenSpan[] = []) => applySpanRule(propagateSpans, text, spans);

describe('propagateSpans', () => {
  it('tags the untagged repeats of an ORG, in text order', () => {
    const text = 'Рабочие Vestas бастуют. Vestas молчит, а Голос Америки и Vestas нет.';
    expect(
      run(text, [
        { first: 1, last: 1, type: ORG },
        { first: 8, last: 9, type: ORG },
      ]),
    ).toEqual(['ORG Vestas', 'ORG Vestas', 'ORG Голос Америки', 'ORG Vestas']);
  });

  it('leaves persons and lower-case repeats alone', () => {
    const text = 'Роза Хутор. Роза цветёт, роза Хутор.';
    expect(run(text, [{ first: 0, last: 1, type: PER }])).toEqual(['PER Роза Хутор']);
    expect(run(text, [{ first: 0, last: 0, type: ORG }])).toEqual(['ORG Роза', 'ORG Роза']);
  });
});
