import { normaliseTypography, quoteStyleOf } from './typography.js';

describe('normaliseTypography', () => {
  it('turns spaced dashes of any kind into em dashes and keeps word hyphens plain', () => {
    expect(normaliseTypography('Казань - столица, Москва – тоже')).toBe('Казань — столица, Москва — тоже');
    expect(normaliseTypography('Нур\u2011Султан и Ростов\u2010на\u2010Дону')).toBe('Нур-Султан и Ростов-на-Дону');
  });

  it('drops invisible characters and unifies apostrophes inside words', () => {
    expect(normaliseTypography('пере\u00adнос\u200b O\u2018Neil')).toBe('перенос O’Neil');
  });
});

describe('normaliseTypography: quotes', () => {
  it('writes a Cyrillic text’s quotes as guillemets, nested ones too', () => {
    expect(normaliseTypography('Компания "Татнефть" сообщила.')).toBe('Компания «Татнефть» сообщила.');
    expect(normaliseTypography('ПАО "Газпром нефть", "Роснефть" и (“Лукойл”).')).toBe(
      'ПАО «Газпром нефть», «Роснефть» и («Лукойл»).',
    );
    expect(normaliseTypography('"Клуб "Зенит"" - чемпион')).toBe('«Клуб «Зенит»» — чемпион');
    expect(normaliseTypography('"Нет", - сказал он. "Формула-1"!')).toBe('«Нет», — сказал он. «Формула-1»!');
  });

  it('writes other texts’ straight quotes as English ones and leaves their guillemets', () => {
    expect(normaliseTypography('He said "no" to «Le Monde».')).toBe('He said “no” to «Le Monde».');
  });

  it('keeps the inner „…“ pair and quotes that read both ways or neither', () => {
    expect(normaliseTypography('«Он сказал „да“ и ушёл»')).toBe('«Он сказал „да“ и ушёл»');
    expect(normaliseTypography('размер a"b и знак " отдельно')).toBe('размер a"b и знак " отдельно');
  });

  it('replaces one character with one, so mention offsets into the text hold', () => {
    const text = 'Слова "Газпрома" и “Роснефти” - об "Лукойле';
    expect(normaliseTypography(text)).toHaveLength(text.length);
  });

  it('is idempotent on any mix of quotes, letters and spaces (2,000 seeded strings)', () => {
    const alphabet = ['"', '“', '”', '„', '«', '»', ' ', 'а', 'b', '(', ')', '.', '-', '1'];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 2000; n++) {
      const text = Array.from(
        { length: 1 + Math.floor(next() * 12) },
        () => alphabet[Math.floor(next() * alphabet.length)],
      ).join('');
      for (const style of ['guillemets', 'english'] as const) {
        const once = normaliseTypography(text, style);
        expect([text, normaliseTypography(once, style)]).toEqual([text, once]);
      }
    }
  });
});

describe('quoteStyleOf', () => {
  it('reads guillemets for a mostly Cyrillic text and English quotes otherwise', () => {
    expect(quoteStyleOf('Президент Apple Тим Кук')).toBe('guillemets');
    expect(quoteStyleOf('Apple CEO Tim Cook в Москве')).toBe('english');
  });
});
