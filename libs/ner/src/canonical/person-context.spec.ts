import { loadMorphology } from '../morphology/index.js';
import { personContext } from './person-context.js';
import { resolve } from './resolve.fixture.js';

const contextOf = (text: string, name: string): ReturnType<typeof personContext> => {
  const start = text.indexOf(name);
  return personContext(loadMorphology(), text, { start, end: start + name.length });
};

describe('personContext', () => {
  it('rules out the nominative after a preposition', () => {
    expect(contextOf('Интервью у Гарфилда вышло вчера.', 'Гарфилда').cases?.has('nomn')).toBe(false);
  });

  it('takes case and gender from an adjective before the name', () => {
    expect(contextOf('Об этом сказала прозорливая Ванга.', 'Ванга')).toEqual({
      cases: new Set(['nomn']),
      gender: 'femn',
    });
  });

  it("allows a person noun's case or the genitive of an owner after it", () => {
    expect(contextOf('Концерт пианиста Тони Брайтона отменён.', 'Тони Брайтона').cases).toEqual(
      new Set(['gent', 'accs']),
    );
    expect(contextOf('Пришёл брат Сулимы.', 'Сулимы').cases).toEqual(new Set(['nomn', 'gent']));
  });

  it('says nothing after a participle, a name or punctuation', () => {
    expect(contextOf('Вокзал, использованного Орсоном Уэллсом для съёмок.', 'Орсоном Уэллсом')).toEqual({});
    expect(contextOf('Как сказал Иван Петров, всё готово.', 'Петров')).toEqual({});
    expect(contextOf('Итак. Брайтона не было.', 'Брайтона')).toEqual({});
  });
});

describe('resolveEntities: a lone name the dictionary does not know, read by the word before it', () => {
  it.each([
    ['Концерт пианиста Тони Мэдигана отменён.', 'Тони Мэдигана', 'Тони Мэдиган'],
    ['Интервью у Гарфилда вышло вчера.', 'Гарфилда', 'Гарфилд'],
    ['Дело барона Рикки Донована закрыто.', 'Рикки Донована', 'Рикки Донован'],
    ['Об этом сказала прозорливая Ванга.', 'Ванга', 'Ванга'],
    ['Жюри наградило певицу Кузнецову.', 'Кузнецову', 'Кузнецова'],
  ])('%s → %s is «%s»', (text, surface, name) => {
    expect(resolve(text, [['PER', surface]])).toEqual([`PER ${name} 1`]);
  });
});
