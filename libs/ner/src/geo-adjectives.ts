import { ENTITY_TYPES, type TokenSpan } from './labels.js';
import { MORPH_ADJECTIVE, MORPH_KNOWN, MORPH_POS_MASK, MORPH_PROPER_MASK } from './morph-features.js';
import { F_CAP, F_HYPHEN, F_PUNCT, type TokenInfo } from './token-info.js';
import { startsWithAny, stems, wordKeys } from './word-keys.js';

const LOC = ENTITY_TYPES.indexOf('LOC');

/** Nouns (by their first letters) that a place adjective names a place with: «Кронштадтском бульваре», «Приморского края». */
const PLACE_NOUNS = stems([
  'бульв',
  'площа',
  'кра',
  'облас',
  'район',
  'улиц',
  'просп',
  'переу',
  'шоссе',
  'остро',
  'озер',
  'мор',
  'залив',
  'округ',
  'гор',
  'рек',
  'набер',
  'проез',
  'канал',
  'проли',
  'полуо',
  'хребт',
  'хребе',
  'долин',
  'пусты',
  'океан',
  'респу',
  'губер',
  'уезд',
  'волос',
  'посёл',
  'посел',
  'сел',
  'дерев',
  'город',
  'стани',
  'аул',
  'штат',
  'прови',
  'земл',
  'кладб',
  'парк',
  'сад',
  'вокза',
  'аэроп',
  'пруд',
  'лес',
  'мост',
  'тракт',
  'магис',
]);
/** Words before a place adjective that make it a name: «станция метро Московская», «Владивостоком и Хабаровском». */
const NAME_BEFORE = wordKeys(['метро', 'станция', 'станции', 'и']);

/** A known Russian adjective with no proper-name reading at all (no Geox, Name, Surn, Orgn…). */
function isPlainAdjective(t: TokenInfo, k: number): boolean {
  const m = t.morph[k]!;
  return (m & MORPH_POS_MASK) === MORPH_ADJECTIVE && (m & MORPH_KNOWN) !== 0 && (m & MORPH_PROPER_MASK) === 0;
}

const isLowerWord = (t: TokenInfo, k: number): boolean => k >= 0 && k < t.count && !(t.flags[k]! & (F_CAP | F_PUNCT));

/**
 * Russian only: factRuEval never tags an adjective made from a place («Российский лидер», «Тбилисский врач»,
 * «Израильскому премьеру»), though NEREL-trained weights sometimes do. A one-word LOC that is a known adjective
 * with no proper-name reading is dropped, unless it names a place itself: before a place noun («Приморского
 * края»), after one («района Отрадное», «городе Грозном»), after «метро» or «и», or before another capitalised word
 * (a longer name the tagger cut short).
 */
export function dropGeoAdjectives(t: TokenInfo, spans: TokenSpan[]): TokenSpan[] {
  return spans.filter((s) => {
    const k = s.first;
    if (s.type !== LOC || s.last !== k || t.flags[k]! & F_HYPHEN || !(t.flags[k]! & F_CAP) || !isPlainAdjective(t, k))
      return true;
    const next = k + 1;
    if (next < t.count && t.flags[next]! & F_CAP) return true;
    if (isLowerWord(t, next) && startsWithAny(t, next, PLACE_NOUNS)) return true;
    const prev = k - 1;
    return isLowerWord(t, prev) && (startsWithAny(t, prev, PLACE_NOUNS) || NAME_BEFORE.has(t.low[prev]!));
  });
}
