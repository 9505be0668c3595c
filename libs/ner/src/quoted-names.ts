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
  'агентство', 'агенство', 'телеканал', 'телекомпания', 'телерадиокомпания', 'радиостанция', 'газета', 'издание', 'журнал',
  'корреспондент', 'компания', 'корпорация', 'концерн', 'холдинг', 'группа', 'банк', 'фонд', 'партия', 'движение',
  'завод', 'комбинат', 'клуб', 'ооо', 'оао', 'зао', 'пао', 'ао', 'гк', 'нпо', 'фк', 'хк',
];

function stemOf(word: string): number {
  let h = FNV_SEED;
  for (let i = 0; i < Math.min(word.length, 5); i++) h = fnvStep(h, word.charCodeAt(i));
  return h >>> 0;
}

const DESCRIPTOR_STEMS = new Set(DESCRIPTORS.map(stemOf));

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
    let last = k;
    while (!(t.flags[last]! & F_BEFORE_CLOSE) && last + 1 < t.count && last - k + 1 < MAX_LEN && t.flags[last + 1]! & F_IN_QUOTE) last++;
    if (!(t.flags[last]! & F_BEFORE_CLOSE) || covered.subarray(k, last + 1).some((c) => c !== 0)) continue;
    added.push({ first: k, last, type: ORG });
  }
  return added.length === 0 ? spans : [...spans, ...added].sort((a, b) => a.first - b.first);
}
