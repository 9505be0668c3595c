import { retypeActingPlaces } from './english-metonymy.js';
import { ENTITY_TYPES, type TokenSpan } from './labels.js';

const LOC = ENTITY_TYPES.indexOf('LOC');
const PER = ENTITY_TYPES.indexOf('PER');

function run(text: string, spans: TokenSpan[]): string[] {
  const words = text.split(' ');
  return retypeActingPlaces(spans, (k) => words[k]!, words.length).map(
    (s) => `${ENTITY_TYPES[s.type]} ${words.slice(s.first, s.last + 1).join(' ')}`,
  );
}

describe('retypeActingPlaces', () => {
  it('retypes a place that announces or decides, with or without an auxiliary', () => {
    expect(run('Russia announced a suspension', [{ first: 0, last: 0, type: LOC }])).toEqual(['ORG Russia']);
    expect(run('the United States has warned', [{ first: 1, last: 2, type: LOC }])).toEqual(['ORG United States']);
  });

  it('leaves places that are objects, places before other verbs, and persons alone', () => {
    expect(run('police in Ontario said', [{ first: 2, last: 2, type: LOC }])).toEqual(['LOC Ontario']);
    expect(run('Paris looked grey', [{ first: 0, last: 0, type: LOC }])).toEqual(['LOC Paris']);
    expect(run('Smith said so', [{ first: 0, last: 0, type: PER }])).toEqual(['PER Smith']);
  });
});
