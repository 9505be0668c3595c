/** One morphological reading of a word (OpenCorpora grammemes, Az.js scores). */
export interface WordParse {
  /** The dictionary form, lower-case (for a female surname Az gives the masculine lemma: «захаров»). */
  readonly lemma: string;
  /** The word form this parse describes, lower-case. */
  readonly form: string;
  /** OpenCorpora grammemes: NOUN, ADJF, Name, Surn, Patr, Geox, Orgn, Fixd, masc, femn, sing, nomn, gent, … */
  readonly tags: ReadonlySet<string>;
  /** Relative likelihood among the parses of the word (they sum to about 1). */
  readonly score: number;
  /** True when the word is in the dictionary; false for a guess from its suffix. */
  readonly known: boolean;
  /** The form of this word carrying the given grammemes (lower-case), or undefined when it has none. */
  inflect(grammemes: readonly string[]): string | undefined;
}

/** A Russian morphological analyser. */
export interface Morphology {
  /** Readings of one word, most likely first; empty for a word the analyser cannot read. */
  parse(word: string): readonly WordParse[];
  /** Dictionary readings only: empty for a word the dictionary lacks (cheaper than `parse`, which then guesses). */
  lookUp(word: string): readonly WordParse[];
  /** Readings guessed from the word's ending only, as if it were not in the dictionary (for rare proper names). */
  guess(word: string): readonly WordParse[];
}
