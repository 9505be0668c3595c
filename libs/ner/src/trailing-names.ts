import { ENTITY_TYPES, type TokenSpan } from './labels.js';
import { MORPH_GEOX, MORPH_NOUN, MORPH_POS_MASK } from './morph-features.js';
import { F_AFTER_OPEN, F_ALLCAP, F_CAP, F_CYR, F_IN_QUOTE, F_LAT, F_PUNCT, type TokenInfo } from './token-info.js';
import { startsWithAny, stems, wordKeys } from './word-keys.js';

const ORG = ENTITY_TYPES.indexOf('ORG');
const LOC = ENTITY_TYPES.indexOf('LOC');
/**
 * First letters of the heads of state bodies, whose names factRuEval cuts before a trailing country («Конгресса» +
 * «США»), unlike brand and party names («Голос Америки», «Единая Россия»). The training data's mapping of NEREL uses
 * the same list.
 */
export const STATE_BODY_HEADS = [
  'министер',
  'мин',
  'мид',
  'мвд',
  'конгресс',
  'парламент',
  'правительств',
  'верховн',
  'госдум',
  'дум',
  'госдеп',
  'генеральн',
  'федеральн',
  'федерац',
  'бундестаг',
  'арбитраж',
  'администрац',
  'законодат',
  'суд',
  'прокурат',
  'посольств',
  'служб',
  'полиц',
  'комитет',
  'комисси',
  'сенат',
  'палат',
  'ввс',
  'вмс',
  'арми',
  'сборн',
  'совет',
  'национальн',
  'центральн',
  'государствен',
  'парти',
  'кабинет',
  'департамент',
  'управлени',
  'ведомств',
];
/** Here also «Власти Германии»: factRuEval has the place, and «Власти» is no organisation's name. */
const STATE_BODIES = stems([...STATE_BODY_HEADS, 'власт']);
/** A name right after one of these is written whole: «ПАСЕ (Парламентской ассамблеи Совета Европы)». */
const OPENERS = wordKeys(['(', '«', '"', '„', '“']);
/** Country abbreviations, whatever the dictionary says of them. */
const COUNTRIES = wordKeys(['рф', 'сша', 'оаэ', 'кнр', 'фрг', 'юар', 'кндр', 'ссср']);

function isPlace(t: TokenInfo, k: number): boolean {
  if (COUNTRIES.has(t.low[k]!)) return true;
  const m = t.morph[k]!;
  return (m & MORPH_GEOX) !== 0 && (m & MORPH_POS_MASK) === MORPH_NOUN;
}

/** «ФИФА», «КПСС», «РАН»: an all-capital Cyrillic word of 2 to 6 letters. */
function isCyrillicAbbreviation(t: TokenInfo, k: number): boolean {
  const f = t.flags[k]!;
  return (f & F_ALLCAP) !== 0 && (f & F_CYR) !== 0 && (f & F_LAT) === 0 && t.len[k]! <= 6;
}

/**
 * Russian only: factRuEval's organisation name stops before the country or parent organisation that follows it:
 * «Генеральная прокуратура» + LOC «ОАЭ», «Минсельхоз» + LOC «РФ», «Судейский комитет» + ORG «ФИФА», «Института
 * этнологии и антропологии» + ORG «РАН». An ORG of several words whose last one is a Cyrillic abbreviation is split
 * there; one whose last word is a place, only when it starts with a state body's head (`STATE_BODY_HEADS`): «Совета
 * муфтиев России» is cut, «Университете Лос-Анджелеса» not. A name in quotes or with punctuation inside is whole.
 */
export function splitTrailingNames(t: TokenInfo, spans: TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const s of spans) {
    const k = s.last;
    const first = t.flags[s.first]!;
    const opened = s.first > 0 && OPENERS.has(t.low[s.first - 1]!);
    if (
      s.type !== ORG ||
      k === s.first ||
      !(first & F_CAP) ||
      first & (F_IN_QUOTE | F_AFTER_OPEN) ||
      opened ||
      hasPunctuation(t, s.first, k)
    ) {
      out.push(s);
      continue;
    }
    const type =
      isPlace(t, k) && startsWithAny(t, s.first, STATE_BODIES)
        ? LOC
        : isCyrillicAbbreviation(t, k) && first & F_CYR
          ? ORG
          : -1;
    if (type < 0) out.push(s);
    else out.push({ first: s.first, last: k - 1, type: ORG }, { first: k, last: k, type });
  }
  return out;
}

function hasPunctuation(t: TokenInfo, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (t.flags[k]! & F_PUNCT) return true;
  return false;
}
