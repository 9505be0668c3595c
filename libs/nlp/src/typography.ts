/** Characters that carry no text: soft hyphen, zero-width space/joiners, word joiner, BOM. */
export const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** Any dash-like character standing alone between spaces is a sentence dash. */
const SPACED_DASH = /(^|[ \n])[-\u2010-\u2015\u2212](?=[ \n]|$)/g;
/** Typographic hyphens inside a word are plain hyphens (searchable, and what tokenizers expect). */
const WORD_HYPHEN = /(?<=\p{L})[\u2010\u2011](?=\p{L})/gu;
const APOSTROPHE = /(?<=\p{L})[\u2018\u02bc\u0060\u00b4](?=\p{L})/gu;

/**
 * Typographic normalisation of published text: invisible characters dropped, a spaced dash of any kind
 * becomes an em dash (as Russian and English news style write it), typographic hyphens inside words become
 * "-", and apostrophe look-alikes inside words become "’". Quotes are kept as the agency wrote them.
 *
 * @example
 * normaliseTypography('Казань - столица') // 'Казань — столица'
 */
export function normaliseTypography(text: string): string {
  return text.replace(INVISIBLE, '').replace(SPACED_DASH, '$1—').replace(WORD_HYPHEN, '-').replace(APOSTROPHE, '’');
}
