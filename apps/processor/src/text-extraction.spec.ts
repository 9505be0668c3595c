import { createEntityExtractor } from '@app/ner';
import { extractFromText } from './text-extraction.js';

const extractor = createEntityExtractor();

describe('extractFromText (the committed model, as POST /v1/extract and npm run extract use it)', () => {
  const text =
    'Касым-Жомарт Токаев встретился с Рустамом Миннихановым в Нур-Султане. Президенты обсудили работу «Татнефти» и «КАМАЗа» ' +
    'в Карагандинской области. Токаев поблагодарил гостя.';

  it('finds the people, organisations and places under canonical names, with offsets into the text', () => {
    const { lang, entities } = extractFromText(extractor, { text });
    expect(lang).toBe('ru');
    const names = entities.map((e) => `${e.type} ${e.name}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'PER Касым-Жомарт Токаев',
        'PER Рустам Минниханов',
        'ORG Татнефть',
        'ORG КАМАЗ',
        'LOC Карагандинская область',
      ]),
    );
    const tokayev = entities.find((e) => e.name === 'Касым-Жомарт Токаев')!;
    expect(tokayev.count).toBe(2);
    for (const m of tokayev.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('keeps the language it is given', () => {
    expect(extractFromText(extractor, { text: 'Joe Biden met Olaf Scholz in Berlin.', lang: 'en' }).lang).toBe('en');
  });
});
