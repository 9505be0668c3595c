import { resolveEntities } from './canonical.resolver.js';
import { mentionsOf, resolve } from './resolve.fixture.js';
import { EMPTY_GAZETTEER } from './persons.gazetteer.js';

describe('resolveEntities: one document, one name per entity', () => {
  it('reads an ambiguous form the way the document writes it elsewhere', () => {
    const text = 'Слова Александра Брода. Александр Брод ответил. Брода поддержали.';
    expect(
      resolve(text, [
        ['PER', 'Александра Брода'],
        ['PER', 'Александр Брод'],
        ['PER', 'Брода'],
      ]),
    ).toEqual(['PER Александр Брод 3']);
  });

  it('joins a person named with and without a middle name and prefers the shorter first name seen more often', () => {
    const text = 'Реджеп Тайип Эрдоган заявил. Реджеп Эрдоган добавил. Реджепом Эрдоганом довольны.';
    expect(
      resolve(text, [
        ['PER', 'Реджеп Тайип Эрдоган'],
        ['PER', 'Реджеп Эрдоган'],
        ['PER', 'Реджепом Эрдоганом'],
      ]),
    ).toEqual(['PER Реджеп Эрдоган 3']);
  });

  it('keeps two people with one surname apart when their first names differ', () => {
    const text = 'Анна Иванова и Пётр Иванов.';
    expect(
      resolve(text, [
        ['PER', 'Анна Иванова'],
        ['PER', 'Пётр Иванов'],
      ]),
    ).toEqual(['PER Анна Иванова 1', 'PER Пётр Иванов 1']);
  });

  it('completes a famous surname from the gazetteer', () => {
    const persons = { byFirstAndPatronymic: {}, bySurname: { назарбаев: 'Нурсултан Назарбаев' } };
    expect(resolve('Визит Назарбаева.', [['PER', 'Назарбаева']], persons)).toEqual(['PER Нурсултан Назарбаев 1']);
  });

  it('counts «Республика Казахстан» as the «Казахстан» of the same text', () => {
    const text = 'Президент Республики Казахстан прибыл. Казахстан рад.';
    expect(
      resolve(text, [
        ['LOC', 'Республики Казахстан'],
        ['LOC', 'Казахстан'],
      ]),
    ).toEqual(['LOC Казахстан 2']);
  });

  it('counts a bare «МИД» as the «японский МИД» of the same text, unless two qualified ones could own it', () => {
    const one = 'Глава японского МИДа прибыл. Позже МИД сообщил о переговорах.';
    expect(
      resolve(one, [
        ['ORG', 'японского МИДа'],
        ['ORG', 'МИД'],
      ]),
    ).toEqual(['ORG японский МИД 2']);
    const two = 'В российском МИДе и украинском МИДе ответили. МИД промолчал.';
    expect(
      resolve(two, [
        ['ORG', 'российском МИДе'],
        ['ORG', 'украинском МИДе'],
        ['ORG', 'МИД'],
      ]),
    ).toEqual(['ORG российский МИД 1', 'ORG украинский МИД 1', 'ORG МИД 1']);
  });
});

describe('resolveEntities: names that must not be declined blindly', () => {
  it.each([
    ['PER', 'Сэйдзи Маэхара', 'Сэйдзи Маэхара'],
    ['PER', 'Ху Цзиньтао', 'Ху Цзиньтао'],
    ['PER', 'Алла Бут', 'Алла Бут'],
    ['PER', 'Юрию Долгорукому', 'Юрий Долгорукий'],
    ['PER', 'Дмитрия Уса', 'Дмитрий Ус'],
    ['ORG', 'За права человека', 'За права человека'],
    ['ORG', 'Голоса Америки', 'Голос Америки'],
    ['ORG', 'японского МИДа', 'японский МИД'],
    ['ORG', 'Объединённого фронта', 'Объединённый фронт'],
    ['ORG', 'Частного корреспондента', 'Частный корреспондент'],
    ['ORG', 'ГУ МЧС России', 'ГУ МЧС России'],
    ['ORG', 'московского «Центра»', 'московский «Центр»'],
    ['LOC', 'Афины', 'Афины'],
    ['LOC', 'Вашингтонском аэропорту', 'Вашингтонский аэропорт'],
  ] as const)('%s %s → %s', (type, surface, name) => {
    expect(
      resolveEntities(surface, [{ type, start: 0, end: surface.length, text: surface }], 'ru', {
        persons: EMPTY_GAZETTEER,
      })[0]?.name,
    ).toBe(name);
  });

  it('treats a regional language tag as Russian and keeps a Latin name in a Russian text', () => {
    const text = 'Акции Microsoft и «Газпрома»';
    const mentions = mentionsOf(text, [
      ['ORG', 'Microsoft'],
      ['ORG', 'Газпрома'],
    ]);
    expect(resolveEntities(text, mentions, 'ru-RU').map((e) => e.name)).toEqual(['Microsoft', 'Газпром']);
  });
});
