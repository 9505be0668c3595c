import { ENTITY_TYPES, type TokenSpan } from './labels.js';
import { applySpanRule } from './span-rule.fixture.js';
import { completeQuotedNames, tagQuotedNames, trimUnbalancedQuotes } from './quoted-names.js';

const LOC = ENTITY_TYPES.indexOf('LOC');
const ORG = ENTITY_TYPES.indexOf('ORG');

const run = (text: string, spans: TokenSpan[] = []) => applySpanRule(tagQuotedNames, text, spans);

describe('tagQuotedNames', () => {
  it('tags a quoted name after an organisation descriptor, in any case form', () => {
    expect(run('Об этом сообщает корреспондент «Хабар 24».')).toEqual(['ORG Хабар 24']);
    expect(run('По данным агентства «Интерфакс», сделка закрыта.')).toEqual(['ORG Интерфакс']);
    expect(run('Акции компании "Северсталь" выросли.')).toEqual(['ORG Северсталь']);
  });

  it('leaves quotes without a descriptor, lower-case titles, long titles and tagged words alone', () => {
    expect(run('Он прочёл роман «Война и мир».')).toEqual([]);
    expect(run('Газета «вечерняя» вышла.')).toEqual([]);
    expect(run('Журнал «Один два три четыре пять» вышел.')).toEqual([]);
    expect(run('Завод «Сарань» открыт.', [{ first: 2, last: 2, type: LOC }])).toEqual(['LOC Сарань']);
  });
});

describe('trimUnbalancedQuotes', () => {
  const trim = (text: string, spans: TokenSpan[]) => applySpanRule(trimUnbalancedQuotes, text, spans);

  it('starts a span that holds an opening quote but not its closing one after the quote', () => {
    // tokens: сообщает РИА « Новости » .
    expect(trim('сообщает РИА «Новости».', [{ first: 1, last: 3, type: ORG }])).toEqual(['ORG Новости']);
    expect(trim('Центр «Гараж» открыт.', [{ first: 0, last: 2, type: ORG }])).toEqual(['ORG Гараж']);
  });

  it('leaves spans with balanced quotes or none alone', () => {
    expect(trim('газета «Вести» вышла', [{ first: 0, last: 3, type: ORG }])).toEqual(['ORG газета «Вести»']);
    expect(trim('Совет Федерации решил', [{ first: 0, last: 1, type: ORG }])).toEqual(['ORG Совет Федерации']);
  });
});

describe('completeQuotedNames', () => {
  const complete = (text: string, spans: TokenSpan[]) => applySpanRule(completeQuotedNames, text, spans);

  it('extends an ORG cut short inside its quotes to the closing quote', () => {
    // tokens: от партии « Новые правые » .
    expect(complete('от партии «Новые правые».', [{ first: 3, last: 3, type: ORG }])).toEqual(['ORG Новые правые']);
  });

  it('leaves other types, names not opening the quotes, long quotes and a following span alone', () => {
    expect(complete('от партии «Новые правые».', [{ first: 3, last: 3, type: LOC }])).toEqual(['LOC Новые']);
    expect(complete('роман «Война и мир» вышел', [{ first: 4, last: 4, type: ORG }])).toEqual(['ORG мир']);
    expect(complete('журнал «Один два три четыре пять» вышел', [{ first: 2, last: 2, type: ORG }])).toEqual([
      'ORG Один',
    ]);
    expect(
      complete('клуб «Спартак Москва» победил', [
        { first: 2, last: 2, type: ORG },
        { first: 3, last: 3, type: LOC },
      ]),
    ).toEqual(['ORG Спартак', 'LOC Москва']);
  });
});
