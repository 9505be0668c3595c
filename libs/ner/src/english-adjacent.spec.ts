import { joinAdjacentOrganisations } from './english-adjacent.js';
import { ENTITY_TYPES } from './labels.js';

const [PER, ORG, LOC] = ['PER', 'ORG', 'LOC'].map((t) => ENTITY_TYPES.indexOf(t as 'PER'));

describe('joinAdjacentOrganisations', () => {
  it('joins a place and an organisation with nothing between them into one organisation', () => {
    expect(
      joinAdjacentOrganisations([
        { first: 1, last: 1, type: LOC },
        { first: 2, last: 4, type: ORG },
      ]),
    ).toEqual([{ first: 1, last: 4, type: ORG }]);
  });

  it('leaves persons, two places and spans with a gap apart', () => {
    const spans = [
      { first: 0, last: 0, type: ORG },
      { first: 1, last: 2, type: PER },
      { first: 4, last: 4, type: LOC },
      { first: 5, last: 5, type: LOC },
      { first: 7, last: 7, type: ORG },
    ];
    expect(joinAdjacentOrganisations(spans)).toEqual(spans);
  });
});
