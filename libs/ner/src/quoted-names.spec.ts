import { ENTITY_TYPES, type TokenSpan } from './labels.js';
import { applySpanRule } from './span-rule.fixture.js';
import { tagQuotedNames } from './quoted-names.js';

const LOC = ENTITY_TYPES.indexOf('LOC');

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
