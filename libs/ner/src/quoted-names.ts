import { FNV_SEED, fnvStep } from './feature-hash.js';
import { ENTITY_TYPES, type TokenSpan } from './labels.js';
import { F_AFTER_OPEN, F_BEFORE_CLOSE, F_CAP, F_IN_QUOTE, type TokenInfo } from './token-info.js';

const ORG = ENTITY_TYPES.indexOf('ORG');
const MAX_LEN = 4;

/**
 * Words that introduce an organisation's quoted name («корреспондент «Хабар 24»», «компания «Татнефть»»), by
 * their first five letters (`TokenInfo.stem`), so every case form matches.
 */
const DESCRIPTORS = [
  'агентство',
  'агенство',
  'телеканал',
  'телекомпания',
  'телерадиокомпания',
  'радиостанция',
  'газета',
  'издание',
  'журнал',
  'корреспондент',
  'компания',
  'корпорация',
  'концерн',
  'холдинг',
  'группа',
  'банк',
  'фонд',
  'партия',
  'движение',
  'завод',
  'комбинат',
  'клуб',
  'ооо',
  'оао',
  'зао',
  'пао',
  'ао',
  'гк',
  'нпо',
  'фк',
  'хк',
];

function stemOf(word: string): number {
  let h = FNV_SEED;
  for (let i = 0; i < Math.min(word.length, 5); i++) h = fnvStep(h, word.charCodeAt(i));
  return h >>> 0;
}

const DESCRIPTOR_STEMS = new Set(DESCRIPTORS.map(stemOf));

/** The last token of a quoted name of up to four words starting at `first` (right after the quote), or -1. */
function quotedNameEnd(t: TokenInfo, first: number): number {
  let last = first;
  while (
    !(t.flags[last]! & F_BEFORE_CLOSE) &&
    last + 1 < t.count &&
    last - first + 1 < MAX_LEN &&
    t.flags[last + 1]! & F_IN_QUOTE
  )
    last++;
  return t.flags[last]! & F_BEFORE_CLOSE ? last : -1;
}

/**
 * Russian only: a quoted name of up to four words, capitalised, right after an organisation descriptor and
 * left untagged by the tagger, is an ORG («по данным агентства «Интерфакс»»). Spans are returned in text order.
 */
export function tagQuotedNames(t: TokenInfo, spans: TokenSpan[]): TokenSpan[] {
  const covered = new Uint8Array(t.count);
  for (const s of spans) covered.fill(1, s.first, s.last + 1);
  const added: TokenSpan[] = [];
  for (let k = 2; k < t.count; k++) {
    const f = t.flags[k]!;
    if (!(f & F_AFTER_OPEN) || !(f & F_CAP) || covered[k] || !DESCRIPTOR_STEMS.has(t.stem[k - 2]!)) continue;
    const last = quotedNameEnd(t, k);
    if (last < 0 || covered.subarray(k, last + 1).some((c) => c !== 0)) continue;
    added.push({ first: k, last, type: ORG });
  }
  return added.length === 0 ? spans : [...spans, ...added].sort((a, b) => a.first - b.first);
}

/**
 * A span that takes in an opening quote but not its closing one («РИА «Новости», «Центр «Гараж») starts after the
 * quote: factRuEval's name is what stands inside the quotes, the words before it are the descriptor. A span
 * holding the whole quoted name («Новая газета» «Вести») is left as it is.
 */
export function trimUnbalancedQuotes(t: TokenInfo, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    let open = -1;
    for (let k = s.first; k < s.last; k++) {
      if (t.flags[k + 1]! & F_AFTER_OPEN) open = k;
      else if (open >= 0 && t.flags[k]! & F_BEFORE_CLOSE) open = -1;
    }
    if (open >= 0) s.first = open + 1;
  }
  return spans;
}

/**
 * An ORG span that starts right after an opening quote and stops short of the closing one («[Новые] правые»,
 * «[Пермский] обозреватель») takes in the rest of the quoted name, up to four words.
 */
export function completeQuotedNames(t: TokenInfo, spans: TokenSpan[]): TokenSpan[] {
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    if (s.type !== ORG || !(t.flags[s.first]! & F_AFTER_OPEN) || t.flags[s.last]! & F_BEFORE_CLOSE) continue;
    const last = quotedNameEnd(t, s.first);
    const next = spans[i + 1];
    if (last > s.last && (!next || next.first > last)) s.last = last;
  }
  return spans;
}
