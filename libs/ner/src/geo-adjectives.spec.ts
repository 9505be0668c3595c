import { dropGeoAdjectives } from './geo-adjectives.js';
import { ENTITY_TYPES, type TokenSpan } from './labels.js';
import { MorphFeatures } from './morph-features.js';
import { loadMorphology } from './morphology/index.js';
import { applySpanRule } from './span-rule.fixture.js';

const LOC = ENTITY_TYPES.indexOf('LOC');
const morph = new MorphFeatures(loadMorphology());
/** Runs the rule with a LOC on the `k`-th token (tokens: words and punctuation). */
const run = (text: string, k: number) =>
  applySpanRule(dropGeoAdjectives, text, [{ first: k, last: k, type: LOC } satisfies TokenSpan], undefined, morph);

describe('dropGeoAdjectives', () => {
  it('drops an adjective made from a place that qualifies an ordinary noun', () => {
    expect(run('Российский лидер также напомнил об этом.', 0)).toEqual([]);
    expect(run('Об этом сказал Тбилисский врач Нишнианидзе.', 3)).toEqual([]);
    expect(run('Израильскому премьеру привиделся заговор.', 0)).toEqual([]);
  });

  it('keeps it where it names a place: before or after a place noun, after «метро» or «и»', () => {
    expect(run('Депутаты Законодательного собрания Приморского края приняли закон.', 3)).toEqual(['LOC Приморского']);
    expect(run('Сегодня на Кронштадтском бульваре было тихо.', 2)).toEqual(['LOC Кронштадтском']);
    expect(run('В городе Грозном прошла церемония.', 2)).toEqual(['LOC Грозном']);
    expect(run('Разница с Владивостоком и Хабаровском сократилась.', 4)).toEqual(['LOC Хабаровском']);
    expect(run('Станция метро Московская отделана мрамором.', 2)).toEqual(['LOC Московская']);
  });

  it('keeps a place noun, and an adjective that starts a longer name', () => {
    expect(run('Москва встретила гостей.', 0)).toEqual(['LOC Москва']);
    expect(run('Острова Нидерландские Антилы стали частью королевства.', 1)).toEqual(['LOC Нидерландские']);
  });
});
