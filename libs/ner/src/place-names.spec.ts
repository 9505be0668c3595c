import { buildGazetteer, GAZ_LAST } from './gazetteer.js';
import { ENTITY_TYPES, type TokenSpan } from './labels.js';
import { tagPlaceNames } from './place-names.js';
import { applySpanRule } from './span-rule.fixture.js';

const PER = ENTITY_TYPES.indexOf('PER');
const ORG = ENTITY_TYPES.indexOf('ORG');

const surnames = buildGazetteer([{ words: ['лужков'], bit: GAZ_LAST }]);
const run = (text: string, spans: TokenSpan[] = []) => applySpanRule(tagPlaceNames, text, spans, surnames);

describe('tagPlaceNames', () => {
  it('tags an untagged capitalised name after a place noun as a place, whatever its case form', () => {
    expect(run('Рыба гибнет в реке Славянка, и в реку Славянку снова сбросили отходы.')).toEqual([
      'LOC Славянка',
      'LOC Славянку',
    ]);
  });

  it('takes in up to three capitalised words and nothing after a stop', () => {
    expect(run('Самолёт вылетел из города Хилтон Хэд. Потом сел.')).toEqual(['LOC Хилтон Хэд']);
    expect(run('Он родом из города Сан Хосе Дель Монте.')).toEqual(['LOC Сан Хосе Дель']);
  });

  it('turns a one-word person the names lists do not know into a place', () => {
    expect(run('Нефть пойдёт в порт Козьмино.', [{ first: 4, last: 4, type: PER }])).toEqual(['LOC Козьмино']);
  });

  it('leaves known names, longer person spans and organisations as the tagger had them', () => {
    expect(run('В споре победил мэр города Лужков.', [{ first: 5, last: 5, type: PER }])).toEqual(['PER Лужков']);
    expect(run('Мэр города Сергей Собянин приехал.', [{ first: 2, last: 3, type: PER }])).toEqual([
      'PER Сергей Собянин',
    ]);
    expect(run('Студент Университета штата Массачусетс уехал.', [{ first: 1, last: 3, type: ORG }])).toEqual([
      'ORG Университета штата Массачусетс',
    ]);
  });

  it('needs a lower-case place noun right before a capitalised word that does not start a sentence', () => {
    expect(run('Город Казань встретил гостей.')).toEqual([]);
    expect(run('Он приехал в город. Казань встретила его.')).toEqual([]);
    expect(run('Он приехал в город с Иваном.')).toEqual([]);
  });
});
