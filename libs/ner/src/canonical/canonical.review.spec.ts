import { resolveEntities } from './canonical.resolver.js';
import { resolve } from './resolve.fixture.js';
import type { Mention } from './mention.js';
import { EMPTY_GAZETTEER, type PersonsGazetteer } from './persons.gazetteer.js';

// Cases from a review of the canonical names; each failed before its fix.

const one = (type: Mention['type'], surface: string, persons: PersonsGazetteer = EMPTY_GAZETTEER): string | undefined =>
  resolveEntities(surface, [{ type, start: 0, end: surface.length, text: surface }], 'ru', { persons })[0]?.name;

const famous = (
  bySurname: Record<string, string>,
  byFirstAndPatronymic: Record<string, string> = {},
): PersonsGazetteer => ({
  bySurname,
  byFirstAndPatronymic,
});

describe('resolveEntities: a declined first name before a surname that does not decline', () => {
  it.each([
    ['Александр Лукашенко', 'Александра Лукашенко'],
    ['Ангела Меркель', 'Ангелы Меркель'],
    ['Камала Харрис', 'Камалы Харрис'],
    ['Юлия Тимошенко', 'Юлии Тимошенко'],
    ['Олег Дерипаска', 'Олега Дерипаски'],
  ])('is one person: %s and %s', (nominative, genitive) => {
    const text = `${nominative} прибыл(а) в Москву. Визит ${genitive} продлится два дня.`;
    expect(
      resolve(text, [
        ['PER', nominative],
        ['PER', genitive],
      ]),
    ).toEqual([`PER ${nominative} 2`]);
  });

  it('reads a lone genitive by the gazetteer when it knows the person', () => {
    const persons = famous({}, { 'александр григорьевич': 'Александр Лукашенко' });
    expect(one('PER', 'Александра Лукашенко', persons)).toBe('Александр Лукашенко');
  });
});

describe('resolveEntities: the head noun agrees with its adjective in gender', () => {
  it('reads «Черном море» as the sea and joins it with «Черного моря»', () => {
    const text = 'Шторм на Черном море. Берег Черного моря.';
    expect(
      resolve(text, [
        ['LOC', 'Черном море'],
        ['LOC', 'Черного моря'],
      ]),
    ).toEqual(['LOC Черное море 2']);
  });

  it.each([
    ['Каспийском море', 'Каспийское море'],
    ['Баренцевом море', 'Баренцево море'],
  ])('%s → %s', (surface, name) => {
    expect(one('LOC', surface)).toBe(name);
  });
});

describe('resolveEntities: capitalised names that look like adjectives', () => {
  it.each([
    ['PER', 'Навального', 'Навальный'],
    ['PER', 'Навальному', 'Навальный'],
    ['PER', 'Толстого', 'Толстой'],
    ['ORG', 'Большого', 'Большой'],
    ['ORG', 'Мариинского', 'Мариинский'],
    ['LOC', 'Жуковском', 'Жуковский'],
    ['LOC', 'Петропавловске-Камчатском', 'Петропавловск-Камчатский'],
    ['LOC', 'Мирного', 'Мирный'],
    ['LOC', 'Раменского', 'Раменское'],
    ['LOC', 'Отрадного', 'Отрадное'],
    ['LOC', 'Гусь-Хрустального', 'Гусь-Хрустальный'],
  ] as const)('keeps %s %s as %s', (type, surface, name) => {
    expect(one(type, surface)).toBe(name);
  });

  it('still drops adjectives that name nothing', () => {
    const text = 'Российских компаний мало, казахстанский рынок растёт.';
    expect(
      resolve(text, [
        ['LOC', 'Российских'],
        ['LOC', 'казахстанский'],
      ]),
    ).toEqual([]);
  });
});

describe('resolveEntities: hyphenated names decline only where they do', () => {
  it.each([
    ['LOC', 'Ростове-на-Дону', 'Ростов-на-Дону'],
    ['LOC', 'Комсомольске-на-Амуре', 'Комсомольск-на-Амуре'],
    ['ORG', 'Альфа-Банка', 'Альфа-Банк'],
    ['ORG', 'Кока-Колы', 'Кока-Кола'],
    ['LOC', 'Нур-Султане', 'Нур-Султан'],
    ['LOC', 'Вейк-ан-Зее', 'Вейк-ан-Зее'],
  ] as const)('%s %s → %s', (type, surface, name) => {
    expect(one(type, surface)).toBe(name);
  });
});

describe('resolveEntities: organisation names already in the nominative', () => {
  it.each(['Русал', 'Телеграм'])('keeps %s as written', (surface) => {
    expect(one('ORG', surface)).toBe(surface);
  });

  it.each([
    ['Газпром нефть', 'Газпром нефти'],
    ['Русал', 'Русала'],
    ['Алроса', 'Алросы'],
    ['Россети', 'Россетям'],
  ])('joins %s and %s under the nominative', (nominative, oblique) => {
    const text = `Отчёт: ${nominative} растёт. Акции ${oblique} дорожают.`;
    expect(
      resolve(text, [
        ['ORG', nominative],
        ['ORG', oblique],
      ]),
    ).toEqual([`ORG ${nominative} 2`]);
  });
});

describe('resolveEntities: a first name and patronymic', () => {
  const putin = famous({ путин: 'Владимир Путин' });

  it('does not join a person of that first name whose patronymic is unknown when a famous namesake may be meant', () => {
    const text = 'Владимир Зеленский выступил. Тем временем Владимир Владимирович провёл совещание.';
    expect(
      resolve(
        text,
        [
          ['PER', 'Владимир Зеленский'],
          ['PER', 'Владимир Владимирович'],
        ],
        putin,
      ),
    ).toEqual(['PER Владимир Зеленский 1', 'PER Владимир Владимирович 1']);
  });

  it('joins the famous person themself', () => {
    const text = 'Владимир Путин выступил. Затем Владимир Владимирович провёл совещание.';
    expect(
      resolve(
        text,
        [
          ['PER', 'Владимир Путин'],
          ['PER', 'Владимир Владимирович'],
        ],
        putin,
      ),
    ).toEqual(['PER Владимир Путин 2']);
  });

  it('does not join a person whose patronymic differs', () => {
    const text = 'Владимир Александрович Зеленский выступил. Владимир Владимирович ответил.';
    expect(
      resolve(text, [
        ['PER', 'Владимир Александрович Зеленский'],
        ['PER', 'Владимир Владимирович'],
      ]),
    ).toEqual(['PER Владимир Зеленский 1', 'PER Владимир Владимирович 1']);
  });
});

describe('resolveEntities: indeclinable names do not decide the case', () => {
  it('declines the first name that can be declined («Элле» as the dative of «Элла»)', () => {
    expect(one('PER', 'Элле Памфиловой')).toBe('Элла Памфилова');
  });

  it.each([
    ['Джо Байдена', famous({ байден: 'Джо Байден' }), 'Джо Байден'],
    ['Ирине Яровой', famous({ яровая: 'Ирина Яровая' }), 'Ирина Яровая'],
  ])('reads %s as the person the gazetteer knows', (surface, persons, name) => {
    expect(one('PER', surface, persons)).toBe(name);
  });

  it('reads «Илона Маска» as the «Илон Маск» of the same text', () => {
    const text = 'Илон Маск заявил. Компания Илона Маска ответила.';
    expect(
      resolve(text, [
        ['PER', 'Илон Маск'],
        ['PER', 'Илона Маска'],
      ]),
    ).toEqual(['PER Илон Маск 2']);
  });
});

describe('resolveEntities: a bare surname after the full name', () => {
  it('joins a woman named in full and keeps her a woman', () => {
    const text = 'Встреча с Эльвирой Набиуллиной. Набиуллина рассказала о ставке.';
    expect(
      resolve(text, [
        ['PER', 'Эльвирой Набиуллиной'],
        ['PER', 'Набиуллина'],
      ]),
    ).toEqual(['PER Эльвира Набиуллина 2']);
  });

  it('joins even when the bare surname comes first', () => {
    const text = 'Набиуллина рассказала о ставке. Встреча с Эльвирой Набиуллиной.';
    expect(
      resolve(text, [
        ['PER', 'Набиуллина'],
        ['PER', 'Эльвирой Набиуллиной'],
      ]),
    ).toEqual(['PER Эльвира Набиуллина 2']);
  });
});

describe('resolveEntities: surnames with particles', () => {
  it('joins a bare «Ле Пен» to the «Марин Ле Пен» of the same text, whatever the case of the first name', () => {
    const text = 'Марин Ле Пен выступила. Суд запретил Марине Ле Пен баллотироваться. Ле Пен обжалует решение.';
    expect(
      resolve(text, [
        ['PER', 'Марин Ле Пен'],
        ['PER', 'Марине Ле Пен'],
        ['PER', 'Ле Пен'],
      ]),
    ).toEqual(['PER Марин Ле Пен 3']);
  });

  it('keeps lower-case particles inside the name and joins «фон дер Ляйен» however capitalised', () => {
    const text = 'Урсула фон дер Ляйен заявила. Позже фон дер Ляйен добавила. Фон дер Ляйен уехала.';
    expect(
      resolve(text, [
        ['PER', 'Урсула фон дер Ляйен'],
        ['PER', 'фон дер Ляйен'],
        ['PER', 'Фон дер Ляйен'],
      ]),
    ).toEqual(['PER Урсула фон дер Ляйен 3']);
  });

  it('keeps «Ле Пен» apart when two people of the text bear the surname', () => {
    const text = 'Жан-Мари Ле Пен и Марин Ле Пен приехали. Ле Пен выступила.';
    expect(
      resolve(text, [
        ['PER', 'Жан-Мари Ле Пен'],
        ['PER', 'Марин Ле Пен'],
        ['PER', 'Ле Пен'],
      ]),
    ).toEqual(['PER Жан-Мари Ле Пен 1', 'PER Марин Ле Пен 1', 'PER Ле Пен 1']);
  });

  it.each([
    ['Шарль де Голль', 'Де Голль'],
    ['Роберт Де Ниро', 'Де Ниро'],
    ['Леонардо да Винчи', 'да Винчи'],
    ['Мохаммед бин Салман', 'Бин Салман'],
  ])('joins %s and a later %s', (full, bare) => {
    const text = `${full} упоминается. Затем ${bare} упоминается снова.`;
    expect(
      resolve(text, [
        ['PER', full],
        ['PER', bare],
      ]),
    ).toEqual([`PER ${full} 2`]);
  });

  it.each([
    ['Шарля де Голля', 'Шарль де Голль'],
    ['Людвига ван Бетховена', 'Людвиг ван Бетховен'],
    ['Урсуле фон дер Ляйен', 'Урсула фон дер Ляйен'],
  ])('declines the surname after the particles but not the particles: %s → %s', (surface, name) => {
    expect(one('PER', surface)).toBe(name);
  });

  it('still reads a first name that is also a particle as a first name («Бен Аффлек» and «Аффлек»)', () => {
    const text = 'Бен Аффлек снялся в фильме. Бен Аффлек доволен. Аффлек ответил.';
    expect(
      resolve(text, [
        ['PER', 'Бен Аффлек'],
        ['PER', 'Бен Аффлек'],
        ['PER', 'Аффлек'],
      ]),
    ).toEqual(['PER Бен Аффлек 3']);
  });
});

describe('resolveEntities: names that put the surname first', () => {
  it.each([
    ['Си Цзиньпин', 'Си'],
    ['Ким Чен Ын', 'Ким'],
    ['Мун Чжэ Ин', 'Мун'],
  ])('joins %s and a later bare %s under the full name', (full, bare) => {
    const text = `${full} прибыл в Москву. ${bare} провёл переговоры.`;
    expect(
      resolve(text, [
        ['PER', full],
        ['PER', bare],
      ]),
    ).toEqual([`PER ${full} 2`]);
  });

  it('keeps the bare surname apart when two people of the text bear it', () => {
    const text = 'Ким Чен Ын и Ким Ё Чжон прибыли. Ким выступил.';
    expect(
      resolve(text, [
        ['PER', 'Ким Чен Ын'],
        ['PER', 'Ким Ё Чжон'],
        ['PER', 'Ким'],
      ]),
    ).toEqual(['PER Ким Чен Ын 1', 'PER Ким Ё Чжон 1', 'PER Ким 1']);
  });

  it('does not join a bare first name by the first word of a full name', () => {
    const text = 'Анна Мария Ларссон пришла. Анна ушла.';
    expect(
      resolve(text, [
        ['PER', 'Анна Мария Ларссон'],
        ['PER', 'Анна'],
      ]),
    ).toEqual(['PER Анна Мария Ларссон 1', 'PER Анна 1']);
  });
});

describe('resolveEntities: a quoted name after a generic noun is in the nominative', () => {
  it('takes «Алроса» after «Компания» as written and names the bare «Алроса» so', () => {
    const text = 'Компания «Алроса» сообщила о росте. Алроса выросла.';
    expect(
      resolve(text, [
        ['ORG', 'Алроса'],
        ['ORG', 'Алроса'],
      ]),
    ).toEqual(['ORG Алроса 2']);
  });

  it.each([
    ['Акции компании «Алроса» выросли.', 'Алроса', 'Алроса'],
    ['Акции компании «Алроса» выросли.', '«Алроса»', 'Алроса'],
    ['Клиенты банка «Открытие» довольны.', 'Открытие', 'Открытие'],
    ['Читатели газеты «Ведомости» знают.', 'Ведомости', 'Ведомости'],
    ['Совет директоров ПАО «Алроса» собрался.', 'Алроса', 'Алроса'],
  ])('%s (%s) → %s', (text, surface, name) => {
    expect(resolve(text, [['ORG', surface]])).toEqual([`ORG ${name} 1`]);
  });

  it('still declines a quoted name after a word that is no descriptor, or after a subsidiary', () => {
    const text = 'Акции «Газпрома» и «Татнефти» растут, в «КАМАЗе» ждут. Дочерняя компания «Роснефти» тоже.';
    expect(
      resolve(text, [
        ['ORG', 'Газпрома'],
        ['ORG', 'Татнефти'],
        ['ORG', 'КАМАЗе'],
        ['ORG', 'Роснефти'],
      ]),
    ).toEqual(['ORG Газпром 1', 'ORG Татнефть 1', 'ORG КАМАЗ 1', 'ORG Роснефть 1']);
  });
});

describe('resolveEntities: a surname in the plural after one first name', () => {
  it.each([
    ['Ивана Петровых', 'Иван Петров'],
    ['Игоря Кварцбергов', 'Игорь Кварцберг'],
    ['Анны Ивановых', 'Анна Ивановых'],
    ['Бориса Черных', 'Борис Черных'],
    ['Петровых', 'Петровых'],
  ])('%s is «%s»', (surface, name) => {
    expect(one('PER', surface)).toBe(name);
  });
});
