import { ENTITY_TYPES, type TokenSpan } from './labels.js';

const [PER, ORG] = [ENTITY_TYPES.indexOf('PER'), ENTITY_TYPES.indexOf('ORG')];

// Legal-form and group words that end a company's name ("Apple Inc", "Siemens AG", "Foxconn Technology Group").
const SUFFIXES = new Set(
  'inc incorporated ltd limited plc ag llc llp lp corp corporation co gmbh sa nv bv spa ab asa oyj group holdings'.split(
    ' ',
  ),
);
// Words that never start or end a name in news style: a span that takes one in at an edge ("of Apple Inc.", "the
// United States") loses it.
const EDGE_WORDS = new Set('the of and in at for to from by with on'.split(' '));

type Word = (k: number) => string;
const isSuffix = (word: string): boolean => /^\p{Lu}/u.test(word) && SUFFIXES.has(word.toLowerCase());

/** "City of" + "Cape Town": a name the tagger cut after its "of" is one span again (ORG if the head is). */
function joinAtConnectives(spans: readonly TokenSpan[], word: Word): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && prev.last + 1 === s.first && word(prev.last) === 'of' && prev.type !== PER && s.type !== PER)
      out[out.length - 1] = { first: prev.first, last: s.last, type: prev.type === ORG ? ORG : s.type };
    else out.push(s);
  }
  return out;
}

function trimEdges(s: TokenSpan, word: Word): TokenSpan | undefined {
  let { first, last } = s;
  while (first <= last && EDGE_WORDS.has(word(first))) first++;
  while (last >= first && EDGE_WORDS.has(word(last))) last--;
  if (first > last) return undefined;
  return first === s.first && last === s.last ? s : { ...s, first, last };
}

/** The span taken on to a legal-form word right after it, and that word's stop ("Apple" → "Apple Inc."). */
function takeSuffix(s: TokenSpan, word: Word, count: number, taken: Uint8Array): TokenSpan {
  let last = s.last;
  if (last + 1 < count && !taken[last + 1] && isSuffix(word(last + 1))) last++;
  if (last > s.last && last + 1 < count && word(last + 1) === '.' && word(last).length <= 4) last++;
  const ends = isSuffix(word(last)) || (word(last) === '.' && last > s.first && isSuffix(word(last - 1)));
  return ends && last > s.first ? { ...s, last, type: ORG } : s;
}

/**
 * English only: a span ends at a company's legal form, which makes it an organisation. A span followed by an
 * untagged legal-form word takes it in with its stop ("Apple Inc."); a lone legal-form span joins the span before it
 * ("Siemens" PER + "AG" ORG → ORG "Siemens AG"); a span whose last word is one becomes an ORG. Before that, names
 * cut at a connective are joined and lower-case connectives left at a span's edges are cut off.
 */
export function joinCorporateSuffixes(spans: readonly TokenSpan[], word: Word, count: number): TokenSpan[] {
  const trimmed = joinAtConnectives(spans, word).flatMap((s) => trimEdges(s, word) ?? []);
  const taken = new Uint8Array(count);
  for (const s of trimmed) taken.fill(1, s.first, s.last + 1);
  const out: TokenSpan[] = [];
  for (const s of trimmed) {
    const prev = out[out.length - 1];
    if (prev && prev.last + 1 === s.first && s.first === s.last && isSuffix(word(s.first)))
      out[out.length - 1] = { first: prev.first, last: s.last, type: ORG };
    else out.push(takeSuffix(s, word, count, taken));
  }
  return out;
}
