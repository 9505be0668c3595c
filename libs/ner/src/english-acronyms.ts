import { ENTITY_TYPES, type TokenSpan } from './labels.js';

const ORG = ENTITY_TYPES.indexOf('ORG');

const ACRONYM = /^[A-Z]{2,6}$/;
const ROMAN = /^[IVXLCDM]+$/;
// Acronyms that name no organisation: eras, units, media, titles, things, and the places the tagger already knows.
const COMMON = new Set(
  (
    'BC AD BCE CE AM PM TV DNA RNA HIV AIDS GDP GNP VAT CEO CFO COO CTO MP MPS PR IT AI ID IQ UFO FAQ PHD MBA ' +
    'USB PC CD DVD GPS SMS PDF URL HTML API OK UK US USA UAE EU NB PS RIP ASAP DIY FYI LGBT LGBTQ CO NOX HFC ' +
    'CO2 LED LCD ATM SUV VIP ICU ER MRI CT UV EV KM KG MPH BPM NHL NBA NFL MLB'
  ).split(' '),
);

const allCaps = (word: string): boolean => /^\p{Lu}{2,}$/u.test(word);

/**
 * English only: in news an acronym that the tagger left untagged and that is not a common noun ("TV", "DNA",
 * "BC") or a roman numeral is almost always an organisation ("GCHQ", "CRTC", "FSLN"). Words inside all-capital
 * runs (headlines) are left alone.
 */
export function tagAcronyms(
  spans: readonly TokenSpan[],
  word: (k: number) => string,
  count: number,
  /** A cheap pre-check that token `k` is in capitals (the tagger's flags), to skip slicing the rest. */
  maybeAcronym: (k: number) => boolean = () => true,
): TokenSpan[] {
  const tagged = new Uint8Array(count);
  for (const s of spans) tagged.fill(1, s.first, s.last + 1);
  const added: TokenSpan[] = [];
  for (let k = 0; k < count; k++) {
    if (tagged[k] || !maybeAcronym(k)) continue;
    const w = word(k);
    if (tagged[k] || !ACRONYM.test(w) || ROMAN.test(w) || COMMON.has(w)) continue;
    if ((k > 0 && allCaps(word(k - 1))) || (k + 1 < count && allCaps(word(k + 1)))) continue;
    added.push({ first: k, last: k, type: ORG });
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.first - b.first) : [...spans];
}
