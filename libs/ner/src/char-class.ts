/** Character classes the tokenizer and the feature extractor share. */
export const SPACE = 1;
export const LOWER = 2;
export const UPPER = 3;
export const DIGIT = 4;
export const OTHER = 0;

const TABLE_SIZE = 0x500;
const table = buildTable();

function buildTable(): Uint8Array {
  const t = new Uint8Array(TABLE_SIZE);
  for (let c = 0; c < TABLE_SIZE; c++) t[c] = slowClass(c);
  return t;
}

function slowClass(code: number): number {
  const ch = String.fromCharCode(code);
  if (/\s/u.test(ch)) return SPACE;
  if (/\p{Lu}|\p{Lt}/u.test(ch)) return UPPER;
  if (/\p{L}|\p{M}/u.test(ch)) return LOWER;
  if (/\p{Nd}/u.test(ch)) return DIGIT;
  return OTHER;
}

/** The class of one UTF-16 code unit; a table covers Latin and Cyrillic, the rest goes through Unicode regexes. */
export function charClass(code: number): number {
  if (code < TABLE_SIZE) return table[code]!;
  if (code >= 0xd800 && code <= 0xdfff) return LOWER;
  return slowClass(code);
}

/** True for letters and digits: the characters a word token is made of. */
export function isWordChar(code: number): boolean {
  const c = charClass(code);
  return c === LOWER || c === UPPER || c === DIGIT;
}

/** Lower-cases one code unit cheaply for the common scripts (Latin, Latin-1, Cyrillic incl. Ё). */
export function lowerCode(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code < 0xc0) return code;
  if (code >= 0x410 && code <= 0x42f) return code + 32;
  if (code >= 0x400 && code <= 0x40f) return code + 80;
  if (code >= 0xc0 && code <= 0xde && code !== 0xd7) return code + 32;
  return code;
}

/** 1 for Cyrillic, 2 for Latin, 0 otherwise. */
export function scriptOf(code: number): number {
  if (code >= 0x400 && code <= 0x4ff) return 1;
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f)) return 2;
  return 0;
}
