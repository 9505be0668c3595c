import { ENTITY_TYPES, type TokenSpan } from './labels.js';
import { MorphFeatures } from './morph-features.js';
import { loadMorphology } from './morphology/index.js';
import { cutLeadingTitles, trimLatinEdges } from './russian-person-spans.js';
import { applySpanRule } from './span-rule.fixture.js';

const PER = ENTITY_TYPES.indexOf('PER');
const morph = new MorphFeatures(loadMorphology());
/** Runs the rule with a PER over tokens `first`..`last` (tokens: words and punctuation). */
const run = (text: string, first: number, last: number) =>
  applySpanRule(
    (info, spans, word) => cutLeadingTitles(info, spans, word),
    text,
    [{ first, last, type: PER } satisfies TokenSpan],
    undefined,
    morph,
  );

describe('cutLeadingTitles', () => {
  it('cuts a title and the place it governs from a person, and keeps the place', () => {
    expect(run('Раис Татарстана Рустам Минниханов прибыл в Казань.', 0, 3)).toEqual([
      'LOC Татарстана',
      'PER Рустам Минниханов',
    ]);
    expect(run('Президенту России Владимиру Путину доложили.', 0, 3)).toEqual(['LOC России', 'PER Владимиру Путину']);
  });

  it('cuts titles in any case form, with lower-case words after them', () => {
    expect(run('Министр иностранных дел Сергей Лавров заявил.', 0, 4)).toEqual(['PER Сергей Лавров']);
    expect(run('Встреча с губернатором Евгением Куйвашевым.', 2, 4)).toEqual(['PER Евгением Куйвашевым']);
    expect(run('Глава Минниханов прибыл.', 0, 1)).toEqual(['PER Минниханов']);
  });

  it('leaves persons without a title, one-word spans, and titles followed by no name', () => {
    expect(run('Рустам Минниханов прибыл.', 0, 1)).toEqual(['PER Рустам Минниханов']);
    expect(run('Президент прибыл.', 0, 0)).toEqual(['PER Президент']);
    expect(run('Мэр Москвы прибыл.', 0, 1)).toEqual(['PER Мэр Москвы']);
    expect(run('Король Карл прибыл.', 0, 1)).toEqual(['PER Король Карл']);
  });
});

describe('trimLatinEdges', () => {
  const trim = (text: string, first: number, last: number) =>
    applySpanRule((info, spans) => trimLatinEdges(info, spans), text, [{ first, last, type: PER }]);

  it('cuts Latin words off the edges of a Cyrillic person', () => {
    expect(trim('Глава Euronext Данкан Нидерауэр сказал.', 1, 3)).toEqual(['PER Данкан Нидерауэр']);
    expect(trim('Фильм снят Джорджем Лукасом Lucasfilm в 1977 году.', 2, 4)).toEqual(['PER Джорджем Лукасом']);
  });

  it('leaves a person written in Latin, and one in Cyrillic only', () => {
    expect(trim('Интервью дал Tim Cook вчера.', 2, 3)).toEqual(['PER Tim Cook']);
    expect(trim('Интервью дал Тим Кук вчера.', 2, 3)).toEqual(['PER Тим Кук']);
  });
});
