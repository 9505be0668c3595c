import { tagAfterHonorifics } from './english-honorifics.js';
import { ENTITY_TYPES, type TokenSpan } from './labels.js';

const [PER, ORG] = [ENTITY_TYPES.indexOf('PER'), ENTITY_TYPES.indexOf('ORG')];

/** The spans after the rule, as `TYPE words`. */
function after(sentence: string, spans: TokenSpan[] = []): string[] {
  const words = sentence.split(' ');
  return tagAfterHonorifics(spans, (k) => words[k]!, words.length).map(
    (s) => `${ENTITY_TYPES[s.type]} ${words.slice(s.first, s.last + 1).join(' ')}`,
  );
}

describe('tagAfterHonorifics', () => {
  it('tags the untagged name after an honorific and its stop', () => {
    expect(after("Mr . Comey 's letter")).toEqual(['PER Comey']);
    expect(after('focusing on Mr Winterkorn and others')).toEqual(['PER Winterkorn']);
    expect(after('Dr Ana Maria Lopez Garcia said')).toEqual(['PER Ana Maria Lopez']);
  });

  it('retypes a one-word organisation or place there, and leaves persons and lower-case words alone', () => {
    expect(after('Ms Klein said', [{ first: 1, last: 1, type: ORG }])).toEqual(['PER Klein']);
    expect(after('Mrs May said', [{ first: 1, last: 1, type: PER }])).toEqual(['PER May']);
    expect(after('Mr Smith Holdings', [{ first: 1, last: 2, type: ORG }])).toEqual(['ORG Smith Holdings']);
    expect(after('the miss was close')).toEqual([]);
    expect(after('President Hotel')).toEqual([]);
  });
});
