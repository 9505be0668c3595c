import { createEntityExtractor, modelLanguage } from './entity-extractor.js';

// Uses the committed model files in libs/ner/model (no datasets needed).
const extractor = createEntityExtractor();

function found(text: string, lang: string): Array<[string, string]> {
  return extractor.extract(text, lang).flatMap((e) => e.mentions.map((m) => [e.type, m.text] as [string, string]));
}

describe('createEntityExtractor', () => {
  it('finds two people and a city in a Russian sentence', () => {
    const text = 'Касым-Жомарт Токаев встретился с Рустамом Миннихановым в Казани.';
    expect(found(text, 'ru')).toEqual([
      ['PER', 'Касым-Жомарт Токаев'],
      ['PER', 'Рустамом Миннихановым'],
      ['LOC', 'Казани'],
    ]);
  });

  it('gives mentions that slice back out of the text', () => {
    const text = 'Президент России Владимир Путин провёл переговоры в Москве с делегацией «Газпрома».';
    for (const e of extractor.extract(text, 'ru')) {
      for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('finds people and places in English', () => {
    const types = found('Barack Obama met Angela Merkel in Berlin on Tuesday.', 'en');
    expect(types).toEqual([
      ['PER', 'Barack Obama'],
      ['PER', 'Angela Merkel'],
      ['LOC', 'Berlin'],
    ]);
  });

  it('records both model versions', () => {
    expect(extractor.modelVersion).toMatch(/^ru-.+\+en-.+$/);
  });

  it('returns nothing for text without names, or no text', () => {
    expect(extractor.extract('в среду было холодно и шёл снег', 'ru')).toEqual([]);
    expect(extractor.extract('', 'ru')).toEqual([]);
    expect(extractor.extract('', 'en')).toEqual([]);
  });
});

describe('modelLanguage', () => {
  it('routes by language code, then by script', () => {
    expect(modelLanguage('whatever', 'ru')).toBe('ru');
    expect(modelLanguage('Привіт, як справи у Києві?', 'uk')).toBe('ru');
    expect(modelLanguage('Bonjour à Paris', 'fr')).toBe('en');
  });
});
