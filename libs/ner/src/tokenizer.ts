import { charClass, DIGIT, isWordChar, LOWER, SPACE } from './char-class.js';

/** A token: its text and its position in the source string (JS string indices, `end` exclusive). */
export interface Token {
  start: number;
  end: number;
  text: string;
}

/** Token boundaries as parallel typed arrays; reused between calls by the tagger to avoid allocation. */
export interface TokenBuffer {
  starts: Int32Array;
  ends: Int32Array;
  count: number;
}

const HYPHENS = new Set([0x2d, 0x2010, 0x2011]);
const APOSTROPHES = new Set([0x27, 0x2019]);

/** Creates an empty buffer with room for `capacity` tokens (it grows as needed). */
export function createTokenBuffer(capacity = 1024): TokenBuffer {
  return { starts: new Int32Array(capacity), ends: new Int32Array(capacity), count: 0 };
}

function push(buf: TokenBuffer, start: number, end: number): void {
  if (buf.count === buf.starts.length) {
    const starts = new Int32Array(buf.count * 2);
    const ends = new Int32Array(buf.count * 2);
    starts.set(buf.starts);
    ends.set(buf.ends);
    buf.starts = starts;
    buf.ends = ends;
  }
  buf.starts[buf.count] = start;
  buf.ends[buf.count] = end;
  buf.count++;
}

/** True when `'s`/`’s` at `i` is an English possessive or contraction to split off («Obama's»). */
function isPossessive(text: string, i: number): boolean {
  const s = text.charCodeAt(i + 1);
  return (s === 0x73 || s === 0x53) && !isWordChar(text.charCodeAt(i + 2) || 0x20);
}

const DOMAINS = new Set([
  'ru',
  'com',
  'net',
  'org',
  'info',
  'рф',
  'ua',
  'by',
  'kz',
  'su',
  'uk',
  'de',
  'io',
  'tv',
  'fm',
]);

/**
 * True when the letters at `i`, right after a dot inside a word, continue a site or brand name («Roem.ru»,
 * «Gzt.Ru», «Театр.doc»): a lower-case letter or a top-level domain. factRuEval counts such names as one token;
 * «США.Однако» (a missing space after a full stop) stays split.
 */
function isDomainPart(text: string, i: number): boolean {
  if (charClass(text.charCodeAt(i)) === LOWER) return true;
  let j = i;
  while (j < text.length && isWordChar(text.charCodeAt(j))) j++;
  return DOMAINS.has(text.slice(i, j).toLowerCase());
}

/** End of the word starting at `i`: letters and digits, joined by inner hyphens, apostrophes and decimal marks. */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  for (;;) {
    while (i < n && isWordChar(text.charCodeAt(i))) i++;
    if (i + 1 >= n || !isWordChar(text.charCodeAt(i + 1))) return i;
    const c = text.charCodeAt(i);
    if (HYPHENS.has(c)) i++;
    else if (APOSTROPHES.has(c) && !isPossessive(text, i)) i++;
    else if (
      (c === 0x2e || c === 0x2c) &&
      charClass(text.charCodeAt(i - 1)) === DIGIT &&
      charClass(text.charCodeAt(i + 1)) === DIGIT
    )
      i++;
    else if (c === 0x2e && isDomainPart(text, i + 1)) i++;
    else return i;
  }
}

/** Latin initialisms written with full stops, «U.S.», «U.N.», «J.K.»: one token, last stop included. */
const INITIALISM = /(?:[A-Z]\.){2,}(?![\p{L}\p{N}])/uy;

/** End of the initialism starting at `i`, or 0 when there is none (the cheap test first: a capital, then a stop). */
function initialismEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x41 || c > 0x5a || text.charCodeAt(i + 1) !== 0x2e) return 0;
  INITIALISM.lastIndex = i;
  return INITIALISM.test(text) ? INITIALISM.lastIndex : 0;
}

/** End of a punctuation token at `i`: a run of the same character («...», «--») or a possessive «'s». */
function punctEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (APOSTROPHES.has(c) && isPossessive(text, i)) return i + 2;
  let j = i + 1;
  while (j < text.length && text.charCodeAt(j) === c && (c === 0x2e || c === 0x2d || c === 0x21 || c === 0x3f)) j++;
  return j;
}

/** Tokenizes `text` into `buf` (cleared first). Words, numbers, hyphenated names and «U.S.» are single tokens. */
export function tokenizeInto(text: string, buf: TokenBuffer): TokenBuffer {
  buf.count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (cls === SPACE) {
      i++;
      continue;
    }
    const end = isWordChar(code) ? initialismEnd(text, i) || wordEnd(text, i) : punctEnd(text, i);
    push(buf, i, end);
    i = end;
  }
  return buf;
}

/**
 * Splits text into tokens with character offsets.
 *
 * @example
 * tokenize('«Нур-Султан», 5,5 млн').map((t) => t.text) // ['«', 'Нур-Султан', '»', ',', '5,5', 'млн']
 */
export function tokenize(text: string): Token[] {
  const buf = tokenizeInto(text, createTokenBuffer());
  const tokens: Token[] = [];
  for (let k = 0; k < buf.count; k++) {
    tokens.push({ start: buf.starts[k]!, end: buf.ends[k]!, text: text.slice(buf.starts[k], buf.ends[k]) });
  }
  return tokens;
}
