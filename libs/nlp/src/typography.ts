/** Characters that carry no text: soft hyphen, zero-width space/joiners, word joiner, BOM. */
export const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** Any dash-like character standing alone between spaces is a sentence dash. */
const SPACED_DASH = /(^|[ \n])[-\u2010-\u2015\u2212](?=[ \n]|$)/g;
/** Typographic hyphens inside a word are plain hyphens (searchable, and what tokenizers expect). */
const WORD_HYPHEN = /(?<=\p{L})[\u2010\u2011](?=\p{L})/gu;
const APOSTROPHE = /(?<=\p{L})[\u2018\u02bc\u0060\u00b4](?=\p{L})/gu;

/** How a text's quotes are written: «…» in a Cyrillic text (as Russian news style writes them), “…” in any other. */
export type QuoteStyle = 'guillemets' | 'english';

/**
 * What may stand before an opening quote: the text's start (tested apart), a space, a bracket, a dash or a quote.
 * Every quote character counts alike as a neighbour, so a quote decided once reads the same after its neighbours
 * are replaced: the normalisation is idempotent.
 */
const BEFORE_OPENING = /[\s([{\u2013\u2014"«»“”„-]/u;
/** What may not stand before a closing quote. */
const NOT_BEFORE_CLOSING = /[\s([{]/u;
/** What may stand after a closing quote: the text's end (tested apart), a space, punctuation or a quote. */
const AFTER_CLOSING = /[\s.,;:!?…)\]}\u2013\u2014"«»“”„-]/u;

/** The style of a text: guillemets when it has more Cyrillic letters than Latin ones (accented Latin letters count). */
export function quoteStyleOf(text: string): QuoteStyle {
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7))
      latin++;
  }
  return cyrillic > latin ? 'guillemets' : 'english';
}

/**
 * Straight double quotes become typographic ones, opening or closing by what stands beside them; in a Cyrillic text
 * English quotes do too («Газпром», not "Газпром" or “Газпром”), while the inner „…“ pair stays. A quote that reads
 * both ways or neither («a"b», a lone " between spaces) is left as written. One character for one, so offsets hold.
 */
function normaliseQuotes(text: string, style: QuoteStyle): string {
  if (!/["“”]/.test(text)) return text;
  const [open, close] = style === 'guillemets' ? ['«', '»'] : ['“', '”'];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '"' && (style === 'english' || (c !== '“' && c !== '”'))) {
      out += c;
      continue;
    }
    const before = text[i - 1];
    const after = text[i + 1];
    const opens = (before === undefined || BEFORE_OPENING.test(before)) && after !== undefined && !/\s/.test(after);
    const closes =
      before !== undefined && !NOT_BEFORE_CLOSING.test(before) && (after === undefined || AFTER_CLOSING.test(after));
    if (opens === closes) out += c;
    else if (c === '"') out += opens ? open : close;
    else out += (c === '“') === opens ? (opens ? open : close) : c; // “ opens and ” closes; “ closing a „…“ pair stays
  }
  return out;
}

/**
 * Typographic normalisation of published text: invisible characters dropped, a spaced dash of any kind
 * becomes an em dash (as Russian and English news style write it), typographic hyphens inside words become
 * "-", apostrophe look-alikes inside words become "’", and straight quotes become the text's typographic quotes
 * (`style`, by default read from `text` itself: «…» for Cyrillic, “…” otherwise).
 *
 * @example
 * normaliseTypography('Казань - столица "Татарстана"') // 'Казань — столица «Татарстана»'
 */
export function normaliseTypography(text: string, style: QuoteStyle = quoteStyleOf(text)): string {
  const typed = text
    .replace(INVISIBLE, '')
    .replace(SPACED_DASH, '$1—')
    .replace(WORD_HYPHEN, '-')
    .replace(APOSTROPHE, '’');
  return normaliseQuotes(typed, style);
}
