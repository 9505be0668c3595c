import { expandedWords } from './search-terms.js';

describe('expandedWords', () => {
  it('names every case form of a Russian word, whose stems PostgreSQL does not unify', () => {
    const [forms] = expandedWords('Татарстане')!;
    expect(forms!.split(' or ')).toEqual(expect.arrayContaining(['татарстане', 'татарстан', 'татарстана']));
  });

  it('expands each Russian word on its own and leaves other words as typed', () => {
    const words = expandedWords('налоги Tatarstan')!;
    expect(words).toHaveLength(2);
    expect(words[0]!.split(' or ')).toEqual(expect.arrayContaining(['налог', 'налогов', 'налогами']));
    expect(words[1]).toBe('Tatarstan');
  });

  it('names the irregular forms of an English word, which the English stemmer does not unify', () => {
    const [children, went, budget] = expandedWords('children went budget')!;
    expect(children!.split(' or ')).toEqual(['children', 'child']);
    expect(went!.split(' or ')).toEqual(expect.arrayContaining(['went', 'go', 'gone', 'goes']));
    expect(budget).toBe('budget');
    expect(expandedWords('child')![0]!.split(' or ')).toEqual(['child', 'children']);
  });

  it.each(['"выросло производство"', 'производство -Татарстан', 'КАМАЗ or Татнефть', 'budget report'])(
    'leaves %s to the search syntax',
    (q) => {
      expect(expandedWords(q)).toBeNull();
    },
  );
});
