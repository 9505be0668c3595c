import { createRequire } from 'node:module';

/** WordNet's irregular forms (`children` → `child`, `went` → `go`, `better` → `good`), as wink-lexicon ships them. */
const TABLES = ['noun', 'verb', 'adjective'].map((pos) => `wink-lexicon/src/wn-${pos}-exceptions.js`);

interface Irregulars {
  /** An irregular form's lemma(s). */
  lemmas: Map<string, Set<string>>;
  /** A lemma's irregular forms. */
  forms: Map<string, Set<string>>;
}

let loaded: Irregulars | undefined;

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}

/** Loaded once, on the first English query: about 5,600 forms. */
function irregulars(): Irregulars {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const tables = { lemmas: new Map<string, Set<string>>(), forms: new Map<string, Set<string>>() };
  for (const table of TABLES) {
    for (const [form, lemma] of Object.entries(require(table) as Record<string, string>)) {
      // WordNet writes multi-word entries with underscores; a single search word never meets them.
      if (form.includes('_') || lemma.includes('_') || form === lemma) continue;
      add(tables.lemmas, form, lemma);
      add(tables.forms, lemma, form);
    }
  }
  loaded = tables;
  return tables;
}

/**
 * An English word, its lemmas and their irregular forms, the word itself first: PostgreSQL's English stemmer
 * unifies regular forms (`taxes`, `tax`) but not irregular ones (`children`, `child`; `went`, `go`, `gone`).
 *
 * @example
 * englishForms('children') // ['children', 'child']
 */
export function englishForms(word: string): string[] {
  const { lemmas, forms } = irregulars();
  const lower = word.toLowerCase();
  const all = new Set([lower]);
  for (const lemma of [lower, ...(lemmas.get(lower) ?? [])]) {
    all.add(lemma);
    for (const form of forms.get(lemma) ?? []) all.add(form);
  }
  return [...all];
}
