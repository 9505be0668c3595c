import { loadAzSync } from './az.loader.js';
import { AzMorphology, loadMorphology } from './morphology.analyzer.js';
import type { WordParse } from './word-parse.js';

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

  it('looks a word up in the dictionary alike whether or not it was parsed first', () => {
    const reading = (p: WordParse) => [p.form, [...p.tags], p.score, p.known, p.lemma, p.inflect(['nomn', 'plur'])];
    // Known words (one a name with an initial's reading), an unknown surname, a hyphenated name, an initial.
    const words = ['Татнефти', 'Валентины', 'Миннихановым', 'Петропавловске-Камчатском', 'А', 'и', 'стали'];
    const lookedUp = new AzMorphology(loadAzSync());
    const parsedFirst = new AzMorphology(loadAzSync());
    for (const word of words) {
      parsedFirst.parse(word);
      expect(parsedFirst.lookUp(word).map(reading)).toEqual(lookedUp.lookUp(word).map(reading));
    }
  });
});
