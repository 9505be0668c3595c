import type { Morphology, WordParse } from '../morphology/index.js';
import { inCaseOf } from './letter-case.js';

const MAX_ENDING = 3;
// An adjective's nominative endings, for a lemma that shares nothing with the word: the dictionary files the
// ordinal «первый» under «один», so «Первого канала» has the form «один», but «перв» + «ый» is a word it knows.
const NOMINATIVE_ENDINGS = ['ый', 'ий', 'ой', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие'];

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * The declined `form` of an adjective `word` with the word's own stem (an ending of up to three letters changes). The dictionary files «высший» under «высокий», so
 * declining «Высшей» by its lemma gives «Высочайшая», another degree and another word; a name keeps its words.
 * A form whose stem is not the word's is rebuilt from the word's stem and the form's ending, if the dictionary
 * knows the result with the same lemma and `grammemes`; otherwise the word stays as written.
 */
export function keepStem(
  morphology: Morphology,
  word: string,
  form: string,
  parse: WordParse,
  grammemes: readonly string[],
): string {
  const [w, f] = [word.toLowerCase(), form.toLowerCase()];
  if (commonPrefix(w, f) >= Math.max(w.length, f.length) - MAX_ENDING) return form;
  const endings = [...Array.from({ length: MAX_ENDING }, (_, i) => f.slice(-(i + 1))), ...NOMINATIVE_ENDINGS];
  for (let cut = 1; cut <= MAX_ENDING; cut++) {
    for (const ending of endings) {
      const candidate = w.slice(0, -cut) + ending;
      const known = morphology
        .lookUp(candidate)
        .some((p) => p.lemma === parse.lemma && grammemes.every((g) => p.tags.has(g)));
      if (known) return inCaseOf(word, candidate);
    }
  }
  return word;
}
