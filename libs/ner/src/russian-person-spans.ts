import { GAZ_FIRST } from './gazetteer.js';
import { ENTITY_TYPES, type TokenSpan } from './labels.js';
import { MORPH_GEOX, MORPH_NAME } from './morph-features.js';
import { F_CAP, F_CYR, F_LAT, type TokenInfo } from './token-info.js';

const PER = ENTITY_TYPES.indexOf('PER');
const LOC = ENTITY_TYPES.indexOf('LOC');

// Titles and offices written before a name («Раис Татарстана Рустам Минниханов», «Президент Касым-Жомарт Токаев»), in
// any case form: not part of the name in factRuEval nor in an editor's list. Words that are also surnames («Король»,
// «Хан», «Султан», «Майор») are left out.
const TITLE =
  /^(?:(?:вице-|экс-)?(?:президент|премьер|премьер-министр|министр|губернатор|мэр|спикер|канцлер|сенатор|генерал|маршал|адмирал|директор|гендиректор|госсекретарь|пресс-секретарь|генсек|генпрокурор|прокурор|посол|патриарх|митрополит|муфтий|ректор|академик|профессор|раис|шейх|аятолла|депутат|главком|лидер|замминистр)(?:а|у|ом|е|ы|ой|ем)?|глав(?:а|ы|е|у|ой)|председател(?:ь|я|ю|ем|е)|судь(?:я|и|е|ю|ей)|командующ(?:ий|его|ему|им|ем))$/u;

const isTitle = (word: string): boolean => TITLE.test(word.toLowerCase());

// Where the name itself starts after the titles and their complement («Татарстана», «иностранных дел России»): at the
// first first name, else at the last word; -1 when that word cannot start a name.
function nameStart(info: TokenInfo, from: number, last: number): number {
  for (let k = from; k <= last; k++) if (info.gaz[k]! & GAZ_FIRST || info.morph[k]! & MORPH_NAME) return k;
  return info.flags[last]! & F_CAP && !(info.morph[last]! & MORPH_GEOX) ? last : -1;
}

/**
 * Russian: a person span loses the titles it starts with and what they govern («Раис Татарстана Рустам
 * Минниханов» → «Рустам Минниханов»); a place among them right before the name stays a place («Татарстана»).
 *
 * @example
 * cutLeadingTitles(info, [{ type: PER, first: 0, last: 3 }], word) // [{ type: LOC, first: 1, last: 1 }, { type: PER, first: 2, last: 3 }]
 */
export function cutLeadingTitles(
  info: TokenInfo,
  spans: readonly TokenSpan[],
  word: (k: number) => string,
): TokenSpan[] {
  return spans.flatMap((s) => {
    if (s.type !== PER || s.first === s.last || !isTitle(word(s.first))) return [s];
    let k = s.first;
    while (k < s.last && isTitle(word(k))) k++;
    const name = nameStart(info, k, s.last);
    if (name < 0 || !(info.flags[name]! & F_CAP)) return [s];
    let place = name;
    while (place > k && (info.flags[place - 1]! & (F_CAP | F_CYR)) === (F_CAP | F_CYR)) place--;
    const before = place < name && info.morph[place]! & MORPH_GEOX ? [{ type: LOC, first: place, last: name - 1 }] : [];
    return [...before, { ...s, first: name }];
  });
}

/**
 * Russian: a person span written in Cyrillic loses the Latin words at its edges, which name something else
 * («Euronext Данкан Нидерауэр», «Джорджем Лукасом Lucasfilm»): a Russian text writes a person in one script.
 */
export function trimLatinEdges(info: TokenInfo, spans: readonly TokenSpan[]): TokenSpan[] {
  const latin = (k: number): boolean => (info.flags[k]! & (F_LAT | F_CYR)) === F_LAT;
  const cyrillic = (k: number): boolean => (info.flags[k]! & F_CYR) !== 0;
  return spans.map((s) => {
    if (s.type !== PER) return s;
    let [first, last] = [s.first, s.last];
    while (first < last && latin(first)) first++;
    while (last > first && latin(last)) last--;
    return cyrillic(first) && cyrillic(last) ? { ...s, first, last } : s;
  });
}
