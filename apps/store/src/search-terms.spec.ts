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

  it.each(['"выросло производство"', 'производство -Татарстан', 'КАМАЗ or Татнефть', 'tax only'])(
    'leaves %s to the search syntax',
    (q) => {
      expect(expandedWords(q)).toBeNull();
    },
  );
});
