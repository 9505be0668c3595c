import type { Morphology, WordParse } from '../morphology/index.js';
import { nameKey } from './letter-case.js';
import { nominativeByEnding } from './russian-name-endings.js';
import { CASES, parsesOf } from './russian-word.js';

const GENDERS = ['masc', 'femn', 'neut'] as const;
const genderOf = (p: WordParse): string | undefined => GENDERS.find((g) => p.tags.has(g));
const numberOf = (p: WordParse): string | undefined =>
  p.tags.has('plur') ? 'plur' : p.tags.has('sing') ? 'sing' : undefined;
const isNominal = (p: WordParse): boolean => p.tags.has('NOUN') || p.tags.has('ADJF');

// The nominative `n` and the oblique `o` are forms of one word: same dictionary form, number and (where both
// have one) gender. «нефти» (genitive singular) is a form of «нефть»; «нефть» (accusative) is not one of
// «нефти» (nominative plural); «Ивановой» is not one of «Иванов».
function sameWord(o: WordParse, n: WordParse): boolean {
  if (!isNominal(o) || !isNominal(n) || !n.tags.has('nomn') || o.tags.has('nomn') || numberOf(o) !== numberOf(n))
    return false;
  const [go, gn] = [genderOf(o), genderOf(n)];
  const anyGender = (p: WordParse): boolean => p.tags.has('Ms-f') || p.tags.has('GNdr');
  if (go && gn && go !== gn && !anyGender(o) && !anyGender(n)) return false;
  return nameKey(o.lemma) === nameKey(n.lemma);
}

function wordFormOf(morphology: Morphology, written: string, nominative: string): boolean {
  const [w, n] = [nameKey(written), nameKey(nominative)];
  if (w === n) return true;
  for (const grammCase of CASES) {
    if (
      grammCase !== 'nomn' &&
      (nominativeByEnding(w, grammCase, 'masc') === n || nominativeByEnding(w, grammCase, 'femn') === n)
    )
      return true;
  }
  const nominatives = parsesOf(morphology, nominative).filter((p) => p.tags.has('nomn'));
  return nominatives.length > 0 && parsesOf(morphology, written).some((o) => nominatives.some((p) => sameWord(o, p)));
}

// Whether two words may be forms of one: all but their last three letters at most the same («Дерипаски»,
// «Дерипаска»; «Льва», «Лев»). Cheap, before any parsing.
function alike(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 3) return false;
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  const stem = Math.max(1, Math.min(x.length, y.length) - 3);
  for (let i = 0; i < stem; i++)
    if (x[i] !== y[i] && !((x[i] === 'ё' || x[i] === 'е') && (y[i] === 'ё' || y[i] === 'е'))) return false;
  return true;
}

/**
 * Whether a mention as written may be a declined form of a nominative name, by the shape of the words only: as
 * many words and hyphens, each beginning like its counterpart. Cheap; `isFormOf` says for sure.
 */
export function mayBeFormOf(written: string, nominative: string): boolean {
  if (written.length === 0 || nominative.length === 0 || written[0]!.toLowerCase() !== nominative[0]!.toLowerCase())
    return false;
  let words = 1;
  for (let i = 0; i < written.length; i++) if (written[i] === ' ' || written[i] === '-') words++;
  if (Math.abs(written.length - nominative.length) > 3 * words) return false;
  const [ws, ns] = [written.split(/[\s-]+/), nominative.split(/[\s-]+/)];
  if (ws.length !== ns.length || !ws.every((w, i) => alike(w, ns[i]!))) return false;
  return (written.match(/-/g)?.length ?? 0) === (nominative.match(/-/g)?.length ?? 0);
}

/**
 * Whether the words of a mention as written are a declined form of a nominative name word by word: «Олега
 * Дерипаски» of «Олег Дерипаска», «Газпром нефти» of «Газпром нефть», «Черного моря» of «Черное море». Each
 * pair is equal, or the dictionary reads the written word as an oblique form of the nominative's word, or the
 * endings of names say so («Илона Маска», «Илон Маск»). Hyphenated words are compared part by part.
 */
export function isFormOf(morphology: Morphology, written: string, nominative: string): boolean {
  if (!mayBeFormOf(written, nominative)) return false;
  const [ws, ns] = [written.split(/[\s-]+/), nominative.split(/[\s-]+/)];
  return ws.every((w, i) => wordFormOf(morphology, w, ns[i]!));
}
