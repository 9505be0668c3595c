import { aliasKeys, isCountryName } from './name-aliases.js';
import { resolve } from './resolve.fixture.js';

describe('aliasKeys', () => {
  it('gives a name written out the key of its abbreviation, function words left out', () => {
    expect(aliasKeys('Европейский союз')).toEqual(['a:ЕС']);
    expect(aliasKeys('Министерство по чрезвычайным ситуациям')).toEqual(['a:МЧС']);
    expect(aliasKeys('ЕС')).toEqual(['a:ЕС']);
    expect(aliasKeys('Газпром')).toEqual([]);
  });

  it('gives the names of one country one key, ё or е', () => {
    expect(aliasKeys('РФ')).toContain('c:россия');
    expect(aliasKeys('Соединенные Штаты')).toContain('c:сша');
    expect(isCountryName('Россия')).toBe(true);
    expect(isCountryName('РФ')).toBe(false);
  });
});

describe('resolveEntities: one entity for an abbreviation and the name written out', () => {
  it('names it by the name written out', () => {
    const text = 'Совет Европейского союза собрался. ЕС решил. ЕС ответил.';
    expect(
      resolve(text, [
        ['ORG', 'Европейского союза'],
        ['ORG', 'ЕС'],
        ['ORG', 'ЕС'],
      ]),
    ).toEqual(['ORG Европейский союз 3']);
  });

  it('names a country by its usual name', () => {
    const text = 'Власти РФ и Российской Федерации; в России тоже.';
    expect(
      resolve(text, [
        ['LOC', 'РФ'],
        ['LOC', 'Российской Федерации'],
        ['LOC', 'России'],
      ]),
    ).toEqual(['LOC Россия 3']);
  });

  it('keeps apart two abbreviations, names of other types, and names whose letters differ', () => {
    const text = 'ЕС и ЕЭС; Европейский союз и Евразийский экономический союз; МИД и ЕС.';
    expect(
      resolve(text, [
        ['ORG', 'ЕС'],
        ['ORG', 'ЕЭС'],
        ['ORG', 'Европейский союз'],
        ['ORG', 'Евразийский экономический союз'],
        ['LOC', 'МИД'],
        ['LOC', 'ЕС'],
      ]),
    ).toEqual(['ORG Европейский союз 2', 'ORG Евразийский экономический союз 2', 'LOC МИД 1', 'LOC ЕС 1']);
  });
});
