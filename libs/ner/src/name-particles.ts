import { ENTITY_TYPES, type TokenSpan } from './labels.js';
import { F_CAP, F_PUNCT, type TokenInfo } from './token-info.js';
import { wordKeys } from './word-keys.js';

const PER = ENTITY_TYPES.indexOf('PER');
/** The longest run of particles inside a name: «ван дер», «де ла». */
const MAX_PARTICLES = 3;

/**
 * Particles inside European and Arabic names, never declined: «фон дер Ляйен», «да Винчи», «бен Ладен», «van der
 * Sar». The canonical step reads them as the start of a surname (`canonical/surname-particles.ts`).
 */
export const NAME_PARTICLES: readonly string[] = [
  'ле',
  'ла',
  'де',
  'ди',
  'да',
  'дю',
  'ду',
  'дос',
  'душ',
  'дас',
  'даш',
  'дель',
  'делла',
  'дер',
  'ден',
  'ван',
  'фон',
  'фан',
  'тер',
  'тен',
  'цу',
  'аль',
  'эль',
  'бен',
  'бин',
  'ибн',
  'абу',
  "о'",
  'о’',
  'von',
  'van',
  'der',
  'den',
  'de',
  'da',
  'di',
  'du',
  'del',
  'della',
  'la',
  'le',
  'bin',
  'ibn',
  'al',
  'el',
  'ter',
  'ten',
  'zu',
  'dos',
  'das',
];
const PARTICLES = wordKeys(NAME_PARTICLES);

const isParticle = (t: TokenInfo, k: number): boolean => !(t.flags[k]! & (F_CAP | F_PUNCT)) && PARTICLES.has(t.low[k]!);
const isCapitalised = (t: TokenInfo, k: number): boolean => (t.flags[k]! & (F_CAP | F_PUNCT)) === F_CAP;

/**
 * One person's name across its lower-case particles: the tagger, trained on names that seldom have them, stops at
 * the particle and starts again after it («Урсула фон» + «Ляйен», «Отто» + «фон Бисмарк», «Леонардо» + «Винчи»).
 * Two person spans with one to three particles between them (inside either span or standing apart) become one
 * person: «Урсула фон дер Ляйен», «Леонардо да Винчи». An untagged word after the particles is not taken in: on the
 * devset the one such case was a newspaper mistyped as a person («Кориера» делла Сера).
 */
export function joinNameParticles(t: TokenInfo, spans: TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const left = spans[i]!;
    if (left.type !== PER) {
      out.push(left);
      continue;
    }
    // The left span's last word that is not a particle, and the particles after it (inside the span or after it).
    let name = left.last;
    while (name > left.first && isParticle(t, name)) name--;
    if (isParticle(t, name)) {
      out.push(left);
      continue;
    }
    let k = name + 1;
    while (k < t.count && k - name - 1 < MAX_PARTICLES && isParticle(t, k)) k++;
    const particles = k - name - 1;
    const next = spans[i + 1];
    const joinsNext =
      next !== undefined &&
      next.type === PER &&
      next.first <= k &&
      next.first > left.last &&
      isCapitalised(t, k) &&
      next.last >= k;
    if (particles === 0 || !joinsNext) {
      out.push(left);
      continue;
    }
    out.push({ ...left, last: next.last });
    i++;
  }
  return out;
}
