import { ENTITY_TYPES } from './labels.js';
import { extendLeadingAdjectives } from './leading-adjectives.js';
import { loadMorphology } from './morphology/index.js';
import { applySpanRule } from './span-rule.fixture.js';

const ORG = ENTITY_TYPES.indexOf('ORG');
const LOC = ENTITY_TYPES.indexOf('LOC');
const morphology = loadMorphology();
/** Runs the rule over spans given as [first, last, type] token ranges (tokens: words and punctuation). */
const run = (text: string, ...spans: Array<[number, number, number?]>) =>
  applySpanRule(
    (t, s, word) => extendLeadingAdjectives(t, s, word, morphology),
    text,
    spans.map(([first, last, type]) => ({ first, last, type: type ?? ORG })),
  );

describe('extendLeadingAdjectives', () => {
  it('takes in the relational adjectives before an organisation, across an opening quote', () => {
    expect(run('Глава японского МИДа прибыл.', [2, 2])).toEqual(['ORG японского МИДа']);
    expect(run('Санкции российского Минсельхоза ударят.', [2, 2])).toEqual(['ORG российского Минсельхоза']);
    expect(run('Об этом сообщили в украинском МИДе.', [5, 5])).toEqual(['ORG украинском МИДе']);
    expect(run('Он лидер московского «Центра».', [4, 4])).toEqual(['ORG московского «Центра']);
    expect(run('Он лидер московского «Центра».', [3, 4])).toEqual(['ORG московского «Центра']);
  });

  it('leaves evaluative, pronominal and disagreeing adjectives, other types and Latin names out', () => {
    expect(run('Решение нелегитимной Мосгордумы оспорили.', [2, 2])).toEqual(['ORG Мосгордумы']);
    expect(run('Выборы в новом Конгрессе прошли.', [3, 3])).toEqual(['ORG Конгрессе']);
    expect(run('Он говорил о российском Правительства.', [4, 4])).toEqual(['ORG Правительства']);
    expect(run('Он прибыл в российскую Москву.', [4, 4, LOC])).toEqual(['LOC Москву']);
    expect(run('Акции выгодный Facebook продаёт.', [2, 2])).toEqual(['ORG Facebook']);
    expect(run('Рынок американский Apple покорил.', [2, 2])).toEqual(['ORG Apple']);
  });

  it('stops at a span before it', () => {
    expect(run('Глава японского МИДа прибыл.', [1, 1], [2, 2])).toEqual(['ORG японского', 'ORG МИДа']);
  });
});
