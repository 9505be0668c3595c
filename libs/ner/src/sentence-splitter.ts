import { charClass, isWordChar, UPPER } from './char-class.js';
import type { TokenBuffer } from './tokenizer.js';

const ENDERS = new Set(['.', '!', '?', '…', '...', '!!', '??', '?!', '!?']);
const CLOSERS = new Set(['»', '"', '”', ')', "'", '’']);
const OPENERS = new Set(['«', '"', '“', '—', '–', '-', '(']);
const ABBREVIATIONS = new Set([
  'г',
  'гг',
  'т',
  'им',
  'ул',
  'д',
  'с',
  'см',
  'ст',
  'проф',
  'акад',
  'др',
  'пр',
  'тыс',
  'млн',
  'млрд',
  'руб',
  'обл',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'vs',
  'prof',
  'gen',
  'col',
  'lt',
  'sen',
  'rep',
  'gov',
  'no',
  'inc',
  'corp',
]);

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** A full stop after an initial («В. Путин») or a known abbreviation does not end the sentence. */
function isAbbreviationDot(text: string, buf: TokenBuffer, k: number): boolean {
  if (k === 0 || buf.ends[k - 1] !== buf.starts[k]) return false;
  const word = text.slice(buf.starts[k - 1], buf.ends[k - 1]);
  if (word.length === 1 && charClass(word.charCodeAt(0)) === UPPER) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Cheap pre-check so word tokens are never sliced into strings. */
function isPunct(text: string, buf: TokenBuffer, k: number): boolean {
  return buf.ends[k]! - buf.starts[k]! <= 3 && !isWordChar(text.charCodeAt(buf.starts[k]!));
}

function startsSentence(text: string, buf: TokenBuffer, k: number): boolean {
  const first = text.charCodeAt(buf.starts[k]!);
  return charClass(first) === UPPER || OPENERS.has(text[buf.starts[k]!]!) || (first >= 48 && first <= 57);
}

/**
 * Sentence boundaries over tokenized text: returns the index of each sentence's first token, followed by
 * `buf.count` as a sentinel. A sentence ends at . ! ? … (plus closing quotes) before a capital, an opening
 * quote or a dash, and always at a line break.
 */
export function splitSentences(text: string, buf: TokenBuffer, out: number[] = []): number[] {
  out.length = 0;
  if (buf.count > 0) out.push(0);
  for (let k = 1; k < buf.count; k++) {
    if (hasNewline(text, buf.ends[k - 1]!, buf.starts[k]!)) {
      out.push(k);
      continue;
    }
    let e = k - 1;
    while (e > 0 && isPunct(text, buf, e) && CLOSERS.has(text.slice(buf.starts[e], buf.ends[e]))) e--;
    if (!isPunct(text, buf, e)) continue;
    const ender = text.slice(buf.starts[e], buf.ends[e]);
    if (!ENDERS.has(ender) || e === 0) continue;
    if (ender === '.' && isAbbreviationDot(text, buf, e)) continue;
    if (startsSentence(text, buf, k)) out.push(k);
  }
  out.push(buf.count);
  return out;
}
