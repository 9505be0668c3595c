import { ENTITY_TYPES } from './labels.js';
import { MorphFeatures } from './morph-features.js';
import { loadMorphology } from './morphology/index.js';
import { applySpanRule } from './span-rule.fixture.js';
import { splitTrailingNames } from './trailing-names.js';

const ORG = ENTITY_TYPES.indexOf('ORG');
const morph = new MorphFeatures(loadMorphology());
/** Runs the rule with an ORG over tokens `first`..`last` (tokens: words and punctuation). */
const run = (text: string, first: number, last: number) =>
  applySpanRule(splitTrailingNames, text, [{ first, last, type: ORG }], undefined, morph);

describe('splitTrailingNames', () => {
  it('cuts the country off a state body, and the parent organisation off any Cyrillic name', () => {
    expect(run('Генеральная прокуратура ОАЭ возбудила дело.', 0, 2)).toEqual([
      'ORG Генеральная прокуратура',
      'LOC ОАЭ',
    ]);
    expect(run('Минсельхоз РФ запретил ввоз.', 0, 1)).toEqual(['ORG Минсельхоз', 'LOC РФ']);
    expect(run('Представитель Министерства сельского хозяйства Германии сообщил.', 1, 4)).toEqual([
      'ORG Министерства сельского хозяйства',
      'LOC Германии',
    ]);
    expect(run('Судейский комитет ФИФА собрался в Цюрихе.', 0, 2)).toEqual(['ORG Судейский комитет', 'ORG ФИФА']);
    expect(run('Он директор Института этнологии и антропологии РАН.', 2, 6)).toEqual([
      'ORG Института этнологии и антропологии',
      'ORG РАН',
    ]);
  });

  it('leaves names written whole: not a state body, in quotes or brackets, or in Latin script', () => {
    expect(run('Он учился в Университете Лос-Анджелеса.', 3, 4)).toEqual(['ORG Университете Лос-Анджелеса']);
    expect(run('Съезд партии «Единая Россия» открылся.', 3, 4)).toEqual(['ORG Единая Россия']);
    expect(run('Делегаты ПАСЕ (Парламентской ассамблеи Совета Европы) приехали.', 3, 6)).toEqual([
      'ORG Парламентской ассамблеи Совета Европы',
    ]);
    expect(run('Глава Business NZ выступил.', 1, 2)).toEqual(['ORG Business NZ']);
  });
});
