import { looksIndeclinable, mayBeNominative, nominativeByEnding } from './russian-name-endings.js';

describe('nominativeByEnding', () => {
  it.each([
    ['тукая', 'gent', 'masc', 'тукай'],
    ['вельмакина', 'gent', 'masc', 'вельмакин'],
    ['маехары', 'gent', 'masc', 'маехара'],
    ['громовым', 'ablt', 'masc', 'громов'],
    ['нобеля', 'gent', 'masc', 'нобель'],
    ['нобелю', 'datv', 'masc', 'нобель'],
    ['нобелем', 'ablt', 'masc', 'нобель'],
    ['младичем', 'ablt', 'masc', 'младич'],
    ['угбомовой', 'datv', 'femn', 'угбомова'],
  ] as const)('%s (%s, %s) → %s', (word, grammCase, gender, expected) => {
    expect(nominativeByEnding(word, grammCase, gender)).toBe(expected);
  });

  it('does not shorten a name to fewer than three letters', () => {
    expect(nominativeByEnding('ху', 'datv', 'masc')).toBeUndefined();
  });
});

describe('mayBeNominative', () => {
  it('knows a man is not named «…ова» and nobody «…ого»', () => {
    expect(mayBeNominative('харада', 'masc')).toBe(true);
    expect(mayBeNominative('токаева', 'masc')).toBe(false);
    expect(mayBeNominative('токаева', 'femn')).toBe(true);
    expect(mayBeNominative('рымашевского', 'masc')).toBe(false);
  });
});

describe('looksIndeclinable', () => {
  it('tells a foreign name from an adjectival surname in an oblique case', () => {
    expect(looksIndeclinable('сейджи')).toBe(true);
    expect(looksIndeclinable('коно')).toBe(true);
    expect(looksIndeclinable('рымашевского')).toBe(false);
  });
});
