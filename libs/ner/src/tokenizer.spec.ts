import { tokenize } from './tokenizer.js';

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  it('keeps hyphenated names whole and splits quotes off', () => {
    expect(texts('«Касым-Жомарт Токаев» прилетел в Нур-Султан.')).toEqual([
      '«',
      'Касым-Жомарт',
      'Токаев',
      '»',
      'прилетел',
      'в',
      'Нур-Султан',
      '.',
    ]);
  });

  it('gives JS string offsets that slice back to the token', () => {
    const text = 'Hello,  мир 😀 5,56 мм';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(texts(text)).toEqual(['Hello', ',', 'мир', '😀', '5,56', 'мм']);
  });

  it('splits English possessives but not names with apostrophes', () => {
    expect(texts("Obama's aide O'Brien")).toEqual(['Obama', "'s", 'aide', "O'Brien"]);
  });

  it('keeps ellipses and dashes apart from words', () => {
    expect(texts('Ту-154 — ну... да')).toEqual(['Ту-154', '—', 'ну', '...', 'да']);
  });

  it('keeps site names whole but splits a full stop missing its space', () => {
    expect(texts('на сайте Roem.ru и «Gzt.Ru» в США.Однако')).toEqual([
      'на',
      'сайте',
      'Roem.ru',
      'и',
      '«',
      'Gzt.Ru',
      '»',
      'в',
      'США',
      '.',
      'Однако',
    ]);
  });

  it('keeps Latin initialisms with their full stops whole («U.S.»), but not Cyrillic initials', () => {
    expect(texts('The U.S. Department of Agriculture and J.K. Rowling.')).toEqual([
      'The',
      'U.S.',
      'Department',
      'of',
      'Agriculture',
      'and',
      'J.K.',
      'Rowling',
      '.',
    ]);
    expect(texts('U.S.A or U.Sx')).toEqual(['U', '.', 'S', '.', 'A', 'or', 'U', '.', 'Sx']);
    expect(texts('В.В. Путин')).toEqual(['В', '.', 'В', '.', 'Путин']);
  });
});
