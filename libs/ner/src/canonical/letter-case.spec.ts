import { inCaseOf, nameKey } from './letter-case.js';

describe('inCaseOf', () => {
  it.each([
    ['КАМАЗа', 'камаз', 'КАМАЗ'],
    ['Татнефти', 'татнефть', 'Татнефть'],
    ['ТАТНЕФТИ', 'татнефть', 'ТАТНЕФТЬ'],
    ['Объединенного', 'объединённый', 'Объединенный'],
    ['карагандинскую', 'карагандинская', 'карагандинская'],
  ])('writes %s → %s as %s', (original, normal, expected) => {
    expect(inCaseOf(original, normal)).toBe(expected);
  });
});

describe('nameKey', () => {
  it('ignores letter case and «ё»', () => {
    expect(nameKey('Семён Фёдоров')).toBe(nameKey('СЕМЕН ФЕДОРОВ'));
  });
});
