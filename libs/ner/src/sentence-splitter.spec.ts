import { splitSentences } from './sentence-splitter.js';
import { createTokenBuffer, tokenizeInto } from './tokenizer.js';

function sentences(text: string): string[] {
  const buf = tokenizeInto(text, createTokenBuffer(4));
  const starts = splitSentences(text, buf);
  const out: string[] = [];
  for (let s = 0; s + 1 < starts.length; s++) {
    out.push(text.slice(buf.starts[starts[s]!], buf.ends[starts[s + 1]! - 1]));
  }
  return out;
}

describe('splitSentences', () => {
  it('splits at full stops before capitals', () => {
    expect(sentences('Он приехал. Она ушла! А вы?')).toEqual(['Он приехал.', 'Она ушла!', 'А вы?']);
  });

  it('does not split after initials or abbreviations', () => {
    expect(sentences('В. В. Путин посетил г. Казань. Mr. Smith left.')).toEqual([
      'В. В. Путин посетил г. Казань.',
      'Mr. Smith left.',
    ]);
  });

  it('keeps a closing quote with its sentence and splits at line breaks', () => {
    expect(sentences('Он сказал: «Нет.» Потом ушёл\nЗаголовок')).toEqual([
      'Он сказал: «Нет.»',
      'Потом ушёл',
      'Заголовок',
    ]);
  });

  it('returns just the sentinel for empty text', () => {
    expect(splitSentences('', tokenizeInto('', createTokenBuffer()))).toEqual([0]);
  });
});
