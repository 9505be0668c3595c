import { entityIdentity } from './entity-identity.js';
import { adjectiveAsEnglish, glossaryConcept } from './identity-glossary.js';

describe('identity glossary', () => {
  it.each([
    ['Северная', 'North'],
    ['Северного', 'northern'],
    ['Чёрное', 'Black'],
    ['морю', 'Sea'],
    ['Министерства', 'Ministry'],
    ['обороны', 'Defence'],
    ['университете', 'University'],
    ['Палаты', 'House'],
    ['Республиканской', 'Republican'],
  ])('%s means what %s does', (ru, en) => {
    expect(glossaryConcept(ru)).toBeDefined();
    expect(glossaryConcept(ru)).toBe(glossaryConcept(en));
  });

  it('knows only whole words in their case forms', () => {
    expect(glossaryConcept('Новосибирск')).toBeUndefined();
    expect(glossaryConcept('Морозов')).toBeUndefined();
    expect(glossaryConcept('Судан')).toBeUndefined();
  });

  it('spells an adjective made from a name as the English one', () => {
    expect(adjectiveAsEnglish('Республиканская')).toBe('республикан');
    expect(adjectiveAsEnglish('Католического')).toBe('католик');
    expect(adjectiveAsEnglish('Конституционного')).toBe('конституция');
    expect(adjectiveAsEnglish('Газпром')).toBe('Газпром');
  });

  it.each([
    ['LOC', 'Северная Каролина', 'North Carolina'],
    ['LOC', 'Черное море', 'Black Sea'],
    ['ORG', 'Демократическая партия', 'Democratic Party'],
    ['ORG', 'Партия Индийский национальный конгресс', 'Indian National Congress Party'],
    ['ORG', 'Католический союз', 'Catholic Union'],
    ['ORG', 'Министерство обороны', 'Ministry of Defence'],
    ['LOC', 'Волга', 'Volga River'],
    ['LOC', 'Озеро Байкал', 'Lake Baikal'],
  ])('%s %s = %s', (type, ru, en) => expect(entityIdentity(type, ru)).toBe(entityIdentity(type, en)));

  it('keeps a generic word when nothing else names the place', () => {
    expect(entityIdentity('LOC', 'Река')).not.toBe(entityIdentity('LOC', 'Озеро'));
  });

  it('translates no word of a person’s name', () => {
    expect(entityIdentity('PER', 'Джек Блэк')).not.toBe(entityIdentity('PER', 'Джек Чёрный'));
    expect(entityIdentity('PER', 'Jack Black')).toBe(entityIdentity('PER', 'Джек Блэк'));
  });
});
