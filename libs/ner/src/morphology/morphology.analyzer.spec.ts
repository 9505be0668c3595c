import { loadMorphology } from './morphology.analyzer.js';

// Reads the OpenCorpora dictionaries shipped inside the `az` package (no network, no project data).
const morphology = loadMorphology();

describe('loadMorphology', () => {
  it('is loaded once and shared', () => {
    expect(loadMorphology()).toBe(morphology);
  });

  it('reads a dictionary word with its lemma and OpenCorpora grammemes', () => {
    const [top] = morphology.parse('Татнефти');
    expect(top).toMatchObject({ lemma: 'татнефть', known: true });
    expect([...top!.tags]).toEqual(expect.arrayContaining(['NOUN', 'Orgn', 'femn', 'gent']));
  });

  it('orders readings by likelihood and marks names', () => {
    const parses = morphology.parse('Валентины');
    expect(parses[0]!.tags.has('Name')).toBe(true);
    expect(parses.map((p) => p.score)).toEqual([...parses.map((p) => p.score)].sort((a, b) => b - a));
  });

  it('inflects a reading and keeps a female surname female', () => {
    const surname = morphology.parse('Захаровой').find((p) => p.tags.has('Surn') && p.tags.has('gent'))!;
    expect(surname.inflect(['nomn', 'sing', 'femn'])).toBe('захарова');
    expect(surname.inflect(['nomn', 'sing', 'masc'])).toBe('захаров');
  });

  it('guesses readings of a word the dictionary lacks from its ending', () => {
    expect(morphology.lookUp('Миннихановым')).toEqual([]);
    expect(morphology.parse('Миннихановым').every((p) => !p.known)).toBe(true);
    expect(morphology.guess('Миннихановым').some((p) => p.tags.has('Surn') && p.tags.has('ablt'))).toBe(true);
  });

  it('returns the same cached readings for the same word and none for a word without letters', () => {
    expect(morphology.parse('Казахстане')).toBe(morphology.parse('Казахстане'));
    expect(morphology.parse('2024')).toEqual([]);
  });
});
