import { fnv } from './feature-hash.js';
import { ENTITY_TYPES, type TokenSpan } from './labels.js';
import { F_CAP, F_PUNCT, F_SENT_START, type TokenInfo } from './token-info.js';

const PER = ENTITY_TYPES.indexOf('PER');
const LOC = ENTITY_TYPES.indexOf('LOC');
const MAX_LEN = 3;
/** `owner` values besides a span index: no span, or a span this rule added. */
const FREE = -1;
const ADDED = -2;

/**
 * Lower-case nouns after which a capitalised name is a place («реки Славянки», «порт Козьмино»), every case
 * form spelt out: a five-letter stem would also catch «городской Думы» and «командир Иванов».
 */
const PLACE_NOUNS = [
  'город',
  'города',
  'городе',
  'городу',
  'городом',
  'река',
  'реки',
  'реке',
  'реку',
  'рекой',
  'посёлок',
  'поселок',
  'посёлка',
  'поселка',
  'посёлке',
  'поселке',
  'село',
  'села',
  'селе',
  'селом',
  'деревня',
  'деревни',
  'деревне',
  'деревню',
  'порт',
  'порта',
  'порту',
  'портом',
  'остров',
  'острова',
  'острове',
  'островом',
  'озеро',
  'озера',
  'озере',
  'столица',
  'столицы',
  'столице',
  'столицу',
  'провинция',
  'провинции',
  'провинцию',
  'штат',
  'штата',
  'штате',
  'штатом',
];

/** `TokenInfo.low` is the FNV-1a hash of the lower-cased word. */
const PLACE_KEYS = new Set(PLACE_NOUNS.map(fnv));

/**
 * Russian only: a capitalised name right after a lower-case place noun is a place. Left untagged, its capitalised
 * words (up to three) become a LOC; tagged as a one-word person that is no known name, it becomes a LOC. A
 * person whose name is in the names lists keeps its type («мэр города Лужков»), and so do organisations
 * («Университета штата Массачусетс»). Spans are returned in text order.
 */
export function tagPlaceNames(t: TokenInfo, spans: TokenSpan[]): TokenSpan[] {
  const owner = new Int32Array(t.count).fill(FREE);
  spans.forEach((s, i) => owner.fill(i, s.first, s.last + 1));
  const added: TokenSpan[] = [];
  for (let k = 1; k < t.count; k++) {
    const f = t.flags[k]!;
    if (!(f & F_CAP) || f & F_SENT_START || t.flags[k - 1]! & F_CAP || !PLACE_KEYS.has(t.low[k - 1]!)) continue;
    const at = owner[k]!;
    if (at === ADDED) continue;
    if (at >= 0) {
      const s = spans[at]!;
      if (s.type === PER && s.first === k && s.last === k && t.gaz[k] === 0) s.type = LOC;
      continue;
    }
    let last = k;
    while (
      last + 1 < t.count &&
      last - k + 1 < MAX_LEN &&
      owner[last + 1] === FREE &&
      t.flags[last + 1]! & F_CAP &&
      !(t.flags[last + 1]! & (F_PUNCT | F_SENT_START))
    )
      last++;
    added.push({ first: k, last, type: LOC });
    owner.fill(ADDED, k, last + 1);
  }
  return added.length === 0 ? spans : [...spans, ...added].sort((a, b) => a.first - b.first);
}
