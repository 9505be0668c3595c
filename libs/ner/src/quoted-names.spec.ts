import { ENTITY_TYPES, type TokenSpan } from './labels.js';
import { tagQuotedNames } from './quoted-names.js';
import { splitSentences } from './sentence-splitter.js';
import { TokenInfo } from './token-info.js';
import { createTokenBuffer, tokenizeInto } from './tokenizer.js';

const LOC = ENTITY_TYPES.indexOf('LOC');

function run(text: string, spans: TokenSpan[] = []): string[] {
  const buf = tokenizeInto(text, createTokenBuffer());
  const info = new TokenInfo();
  info.analyse(text, buf, splitSentences(text, buf, []), undefined);
  return tagQuotedNames(info, spans).map((s) => `${ENTITY_TYPES[s.type]} ${text.slice(buf.starts[s.first], buf.ends[s.last])}`);
}

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
