import { tagAcronyms } from './english-acronyms.js';
import { ENTITY_TYPES, type TokenSpan } from './labels.js';

const LOC = ENTITY_TYPES.indexOf('LOC');

function run(text: string, spans: TokenSpan[] = []): string[] {
  const words = text.split(' ');
  return tagAcronyms(spans, (k) => words[k]!, words.length).map(
    (s) => `${ENTITY_TYPES[s.type]} ${words.slice(s.first, s.last + 1).join(' ')}`,
  );
}

describe('tagAcronyms', () => {
  it('tags an untagged acronym as an organisation', () => {
    expect(run('certified by UK spy agency GCHQ .', [{ first: 2, last: 2, type: LOC }])).toEqual([
      'LOC UK',
      'ORG GCHQ',
    ]);
  });

  it('leaves common acronyms, roman numerals, short words and headlines alone', () => {
    expect(run('the TV and DNA tests of 300 BC')).toEqual([]);
    expect(run('King Henry VIII said')).toEqual([]);
    expect(run('A new I-95 ramp')).toEqual([]);
    expect(run('BREAKING NEWS FROM CNN')).toEqual([]);
  });
});
