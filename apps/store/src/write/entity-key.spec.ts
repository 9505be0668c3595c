import { canonicalName, entityKey } from './entity-key.js';

describe('entityKey', () => {
  it('is a stable UUID v5 of type and cross-script identity', () => {
    expect(entityKey('LOC', 'Татарстан')).toBe(entityKey('LOC', 'Татарстан'));
    expect(entityKey('LOC', 'Татарстан')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('tells types and names apart', () => {
    expect(entityKey('ORG', 'Татарстан')).not.toBe(entityKey('LOC', 'Татарстан'));
    expect(entityKey('PER', 'Иван Петров')).not.toBe(entityKey('PER', 'Иван Петрова'));
  });

  it('gives the Russian and the English name of one entity one key', () => {
    expect(entityKey('PER', 'Касым-Жомарт Токаев')).toBe(entityKey('PER', 'Kassym-Jomart Tokayev'));
    expect(entityKey('LOC', 'Казахстан')).toBe(entityKey('LOC', 'Kazakhstan'));
  });

  it('ignores white-space runs and Unicode composition differences', () => {
    expect(entityKey('PER', ' Иван \n Петров ')).toBe(entityKey('PER', 'Иван Петров'));
    expect(canonicalName('Йошкар-Ола'.normalize('NFD'))).toBe('Йошкар-Ола'.normalize('NFC'));
  });
});
