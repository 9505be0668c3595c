import type { Entity } from '@app/contracts';
import { resolveEntities } from './canonical.resolver.js';
import type { Mention } from './mention.js';
import type { PersonsGazetteer } from './persons.gazetteer.js';

const persons: PersonsGazetteer = {
  byFirstAndPatronymic: { 'нурсултан абишевич': 'Нурсултан Назарбаев' },
  bySurname: {},
};

/** Marks every listed surface form in `text` as a mention of the given type. */
function mark(text: string, marks: readonly [Mention['type'], string][]): Mention[] {
  const mentions: Mention[] = [];
  for (const [type, surface] of marks) {
    const whole = new RegExp(`(?<!\\p{L})${surface}(?!\\p{L})`, 'gu');
    for (const match of text.matchAll(whole))
      mentions.push({ type, start: match.index, end: match.index + surface.length, text: surface });
  }
  return mentions;
}

function names(text: string, marks: readonly [Mention['type'], string][], lang = 'ru'): string[] {
  return resolveEntities(text, mark(text, marks), lang, { persons }).map((e: Entity) => `${e.type} ${e.name}`);
}

const one = (type: Mention['type'], surface: string, lang = 'ru'): string | undefined =>
  resolveEntities(surface, [{ type, start: 0, end: surface.length, text: surface }], lang, { persons })[0]?.name;

describe('resolveEntities: Russian persons', () => {
  it.each([
    ['Касым-Жомарта Токаева', 'Касым-Жомарт Токаев'],
    ['Рустамом Миннихановым', 'Рустам Минниханов'],
    ['Валентины Матвиенко', 'Валентина Матвиенко'],
    ['Анной Ивановой', 'Анна Иванова'],
    ['Марии Захаровой', 'Мария Захарова'],
    ['Сергею Шойгу', 'Сергей Шойгу'],
    ['Габдуллы Тукая', 'Габдулла Тукай'],
  ])('puts %s in the nominative, keeping the gender', (mention, name) => {
    expect(one('PER', mention)).toBe(name);
  });

  it('joins a bare surname to the full name seen earlier and counts both mentions', () => {
    const text = 'Встреча Касым-Жомарта Токаева прошла в Казани. Токаев отметил успехи.';
    const [entity] = resolveEntities(
      text,
      mark(text, [
        ['PER', 'Касым-Жомарта Токаева'],
        ['PER', 'Токаев'],
      ]),
      'ru',
      { persons },
    );
    expect(entity).toMatchObject({ type: 'PER', name: 'Касым-Жомарт Токаев', count: 2 });
    expect(entity!.mentions.map((m) => m.start)).toEqual([8, 47]);
  });

  it('joins a first name and patronymic to the person of that first name', () => {
    const text = 'Приехал Минтимер Шаймиев. Минтимера Шариповича встретили.';
    expect(
      names(text, [
        ['PER', 'Минтимер Шаймиев'],
        ['PER', 'Минтимера Шариповича'],
      ]),
    ).toEqual(['PER Минтимер Шаймиев']);
  });

  it('names a person known only by first name and patronymic through the gazetteer', () => {
    expect(one('PER', 'Нурсултаном Абишевичем')).toBe('Нурсултан Назарбаев');
  });
});

describe('resolveEntities: Russian places and organisations', () => {
  it.each([
    ['LOC', 'Карагандинскую область', 'Карагандинская область'],
    ['LOC', 'Российской Федерацией', 'Российская Федерация'],
    ['LOC', 'Казахстане', 'Казахстан'],
    ['LOC', 'Нур-Султан', 'Нур-Султан'],
    ['LOC', 'Республики Казахстан', 'Республика Казахстан'],
    ['ORG', 'Татнефти', 'Татнефть'],
    ['ORG', 'КАМАЗа', 'КАМАЗ'],
    ['ORG', 'Хабар 24', 'Хабар 24'],
    ['ORG', '«Газпрома»', 'Газпром'],
  ] as const)('%s %s → %s', (type, mention, name) => {
    expect(one(type, mention)).toBe(name);
  });

  it('keeps a quoted name after a descriptor as written', () => {
    const text = 'Члены партии «Единая Россия» собрались.';
    expect(names(text, [['ORG', 'Единая Россия']])).toEqual(['ORG Единая Россия']);
  });

  it('drops a mention that is only an adjective or a pronoun', () => {
    const text = 'казахстанский рынок и российских компаний. Благодарю Вас, Ваша помощь важна.';
    expect(
      names(text, [
        ['LOC', 'казахстанский'],
        ['LOC', 'российских'],
        ['PER', 'Вас'],
        ['PER', 'Ваша'],
      ]),
    ).toEqual([]);
  });

  it('groups the forms of one place and lists entities in order of first mention', () => {
    const text = 'Татарстан и Казахстан. В Казахстане тепло. Татарстана нет.';
    const entities = resolveEntities(
      text,
      mark(text, [
        ['LOC', 'Казахстан'],
        ['LOC', 'Казахстане'],
        ['LOC', 'Татарстан'],
        ['LOC', 'Татарстана'],
      ]),
      'ru',
      {
        persons,
      },
    );
    expect(entities.map((e) => [e.name, e.count])).toEqual([
      ['Татарстан', 2],
      ['Казахстан', 2],
    ]);
  });
});

describe('resolveEntities: English', () => {
  it('strips a possessive and a leading "the" and joins a bare surname', () => {
    const text = "Joe Biden met the United Nations. Biden's aide praised the United Nations.";
    expect(
      names(
        text,
        [
          ['PER', 'Joe Biden'],
          ['PER', "Biden's"],
          ['ORG', 'the United Nations'],
        ],
        'en',
      ),
    ).toEqual(['PER Joe Biden', 'ORG United Nations']);
  });

  it('drops titles from a person and keeps place names as written', () => {
    const text = 'President Biden visited the Kremlin. Joe Biden left Moscow’s airport.';
    expect(
      names(
        text,
        [
          ['PER', 'President Biden'],
          ['LOC', 'the Kremlin'],
          ['PER', 'Joe Biden'],
          ['LOC', 'Moscow’s'],
        ],
        'en',
      ),
    ).toEqual(['PER Joe Biden', 'LOC Kremlin', 'LOC Moscow']);
  });
});
