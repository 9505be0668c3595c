import { entityIdentity } from './entity-identity.js';
import { placeId } from './place-gazetteer.js';
import { transliterate } from './cyrillic-latin.js';

describe('entity identity', () => {
  it.each([
    ['PER', 'Касым-Жомарт Токаев', 'Kassym-Jomart Tokayev'],
    ['PER', 'Рустам Минниханов', 'Rustam Minnikhanov'],
    ['PER', 'Владимир Владимирович Путин', 'Vladimir Putin'],
    ['PER', 'Тиллерсон, Рекс', 'Rex Tillerson'],
    ['LOC', 'Казахстан', 'Kazakhstan'],
    ['LOC', 'США', 'United States'],
    ['LOC', 'Соединённые Штаты', 'U.S.'],
    ['LOC', 'Москва', 'Moscow'],
    ['LOC', 'Татарстан', 'Tatarstan'],
    ['LOC', 'Европа', 'Europe'],
    ['LOC', 'Ближний Восток', 'Middle East'],
    ['ORG', 'Татнефть', 'Tatneft'],
    ['PER', 'Аднан Амин', 'Adnan Z. Amin'],
    ['PER', 'Мартин Лютер Кинг', 'Martin Luther King, Jr.'],
    ['ORG', 'Рокет Рекорд Компани', 'The Rocket Record Company'],
    ['PER', 'Ганс Гольбейн Младший', 'Hans Holbein the Younger'],
    ['ORG', 'Министерство обороны Великобритании', 'British Ministry of Defence'],
    ['ORG', 'Банк Канады', 'Bank of Canada'],
    ['ORG', 'Банк Шотландии', 'Bank of Scotland'],
    ['LOC', 'Восточная Европа', 'Eastern Europe'],
    ['ORG', 'Правительство Германии', 'German Government'],
    ['ORG', 'Конституционный суд', 'Constitutional Court'],
    ['ORG', 'Кассационный суд', 'Court of Cassation'],
    ['ORG', 'Палата общин', 'House of Commons'],
    ['ORG', 'Белый дом', 'White House'],
    ['ORG', 'Республиканская партия', 'Republican Party'],
    ['ORG', 'Фигаро', 'Le Figaro'],
    ['ORG', 'ПАСЕ', 'PACE'],
  ])('%s %s = %s', (type, ru, en) => expect(entityIdentity(type, ru)).toBe(entityIdentity(type, en)));

  it('keeps apart what only looks alike', () => {
    expect(entityIdentity('PER', 'Иван Иванов')).not.toBe(entityIdentity('PER', 'Ивана Иванова'));
    expect(entityIdentity('LOC', 'Австрия')).not.toBe(entityIdentity('LOC', 'Австралия'));
    expect(entityIdentity('LOC', 'Грузия')).not.toBe(entityIdentity('LOC', 'Georgia (U.S. state)'));
    expect(entityIdentity('LOC', 'Азия')).not.toBe(entityIdentity('LOC', 'США'));
    expect(entityIdentity('LOC', 'Оман')).not.toBe(entityIdentity('LOC', 'Йемен'));
    expect(entityIdentity('PER', 'Николай I')).not.toBe(entityIdentity('PER', 'Николай'));
    expect(entityIdentity('PER', 'R. Kelly')).not.toBe(entityIdentity('PER', 'Кали'));
    expect(entityIdentity('ORG', 'APEC')).not.toBe(entityIdentity('ORG', 'OPEC'));
    expect(entityIdentity('ORG', 'ОПЕК')).toBe(entityIdentity('ORG', 'OPEC'));
    expect(entityIdentity('ORG', 'ПАСЕ')).not.toBe(entityIdentity('ORG', 'El País'));
    expect(entityIdentity('ORG', 'Банк Канады')).not.toBe(entityIdentity('ORG', 'Bank of Kenya'));
    expect(entityIdentity('PER', 'Александр Викторович Янукович')).not.toBe(
      entityIdentity('PER', 'Александр Казимирович Лукашевич'),
    );
  });

  it('knows countries by every listed name in both languages', () => {
    expect(placeId('Великобритания')).toBe('country:GB');
    expect(placeId('United Kingdom')).toBe('country:GB');
    expect(placeId('Нью-Йорк')).toBe(placeId('New York'));
    expect(placeId('Рустам')).toBeUndefined();
    expect(placeId('Китай')).toBe(placeId('China'));
    expect(placeId('U.S.')).toBe('country:US');
  });

  it('transliterates in the three systems', () => {
    expect(transliterate('Ельцин', 'bgn')).toBe('Yeltsin');
    expect(transliterate('Токаев', 'bgn')).toBe('Tokayev');
    expect(transliterate('Щёлково', 'iso9')).toBe('Ŝëlkovo');
    expect(transliterate('Юлия Мальцева', 'icao')).toBe('Iuliia Maltseva');
    expect(transliterate('КАМАЗ', 'bgn')).toBe('KAMAZ');
    expect(transliterate('Өскемен', 'bgn')).toBe('Oskemen');
  });
});
