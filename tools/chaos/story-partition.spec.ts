import { compareStories } from './story-partition.js';

const partition = (groups: string[][]) => new Map(groups.flatMap((g) => g.map((id) => [id, [...g].sort()[0]!])));

describe('compareStories', () => {
  const reference = partition([['a', 'b', 'c'], ['d'], ['e', 'f']]);

  it('finds the same grouping identical, whatever the story ids were', () => {
    expect(compareStories(reference, partition([['c', 'a', 'b'], ['f', 'e'], ['d']]))).toMatchObject({
      articles: 6,
      referenceStories: 3,
      stories: 3,
      sharedStories: 2,
      regrouped: 0,
    });
  });

  it('counts every article whose story-mates differ, and one that only one run stored', () => {
    const split = compareStories(reference, partition([['a', 'b'], ['c'], ['d'], ['e']]));
    expect(split).toMatchObject({ stories: 4, regrouped: 2 });
    expect(split.examples).toEqual([
      'c: with a in the reference, c here',
      'f: with e in the reference, not stored here',
    ]);
  });
});
