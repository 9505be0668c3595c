import type { Morphology, WordParse } from '../morphology/index.js';
import type { PersonName } from './mention.js';
import { inCaseOf } from './letter-case.js';
import { looksIndeclinable, mayBeNominative, nominativeByEnding } from './russian-name-endings.js';
import { CASES, type Case, inCase, inflectChosen, isFixedWord, isUnknownName, readings } from './russian-word.js';

const GENDERS = ['masc', 'femn'] as const;
type Gender = (typeof GENDERS)[number];
// Men are named more often than women in news; the prior only breaks ties («Жомарта»: a man in the genitive).
const GENDER_PRIOR: Record<Gender, number> = { masc: 1, femn: 0.6 };
const NOMINATIVE_PRIOR = 1.2;
const MISS = 0.02;
const BY_ENDING = 0.1;
const GUESSED = 0.3;
const ALTERNATIVES = 3;
const PERSONAL = ['Name', 'Surn', 'Patr'] as const;

type Role = keyof PersonName | 'word';
interface Word {
  readonly part: string;
  readonly parses: readonly WordParse[];
  readonly unknown: boolean;
  // Only the last part of a hyphenated word («Касым-Жомарта») shows the case.
  readonly counts: boolean;
}
// How one word reads under a case-and-gender hypothesis; the nominative is built only for the winners.
interface Reading {
  readonly score: number;
  readonly parse?: WordParse;
  readonly byEnding?: string;
}

const isPersonal = (p: WordParse): boolean => PERSONAL.some((t) => p.tags.has(t));

// How much a parse says about a name's case: a name or surname reading by its likelihood; a common-word
// reading («Уса»: moustache or a river) only a little and regardless of how common that word is.
function strength(p: WordParse): number {
  const guessed = p.known ? 1 : GUESSED;
  if (isPersonal(p)) return p.score * guessed;
  return ((p.tags.has('NOUN') && p.tags.has('anim')) || p.tags.has('ADJF') ? 0.1 : 0.03) * guessed;
}

function fits(parse: WordParse, grammCase: Case, gender: Gender): boolean {
  const t = parse.tags;
  return inCase(parse, grammCase) && t.has('sing') && (t.has(gender) || t.has('Ms-f') || t.has('GNdr'));
}

function readWord(word: Word, grammCase: Case, gender: Gender): Reading {
  let best: Reading = { score: MISS };
  for (const p of word.parses) if (fits(p, grammCase, gender) && strength(p) > best.score) best = { score: strength(p), parse: p };
  if (!word.unknown || best.score >= BY_ENDING) return best;
  const lower = word.part.toLowerCase();
  if (looksIndeclinable(lower)) return { score: BY_ENDING };
  if (grammCase === 'nomn') return mayBeNominative(lower, gender) ? { score: BY_ENDING } : best;
  const byEnding = nominativeByEnding(lower, grammCase, gender);
  return byEnding ? { score: BY_ENDING, byEnding } : best;
}

function nominative(word: Word, reading: Reading, gender: Gender): string {
  if (reading.byEnding) return inCaseOf(word.part, reading.byEnding);
  const p = reading.parse;
  // Already a nominative: keep the spelling («Алла», «Васильевич»), which the paradigm's first form may not.
  if (!p || (p.tags.has('nomn') && p.tags.has('sing'))) return word.part;
  return inflectChosen({ word: word.part, parse: p }, ['nomn', 'sing', ...(p.tags.has(gender) ? [gender] : []), ...PERSONAL.filter((t) => p.tags.has(t))]);
}

function roleOf(reading: Reading | undefined): Role {
  const tags = reading?.parse?.tags;
  if (tags?.has('Patr')) return 'patronymic';
  if (tags?.has('Surn')) return 'last';
  return tags?.has('Name') ? 'first' : 'word';
}

function assignRoles(words: readonly string[], roles: readonly Role[]): PersonName {
  const patronymicAt = roles.indexOf('patronymic');
  const rest = words.map((w, i) => ({ w, r: roles[i]! })).filter((_, i) => i !== patronymicAt);
  const patronymic = patronymicAt >= 0 ? words[patronymicAt] : undefined;
  if (rest.length === 0) return { patronymic };
  if (rest.length === 1) {
    const only = rest[0]!;
    return only.r === 'first' || patronymic ? { first: only.w, patronymic } : { last: only.w };
  }
  // «Реджеп Тайип Эрдоган»: the given names come first, the surname last.
  return { first: rest.slice(0, -1).map((x) => x.w).join(' '), patronymic, last: rest.at(-1)!.w };
}

function nameUnder(words: readonly (readonly Word[])[], grammCase: Case, gender: Gender): PersonName {
  const read = words.map((parts) => parts.map((w) => (isFixedWord(w.part) ? { score: MISS } : readWord(w, grammCase, gender))));
  const forms = words.map((parts, i) => parts.map((w, j) => nominative(w, read[i]![j]!, gender)).join('-'));
  return assignRoles(forms, read.map((parts) => roleOf(parts.at(-1))));
}

function scoreOf(words: readonly Word[], grammCase: Case, gender: Gender): number {
  let score = Math.log(GENDER_PRIOR[gender] * (grammCase === 'nomn' ? NOMINATIVE_PRIOR : 1));
  for (const w of words) if (w.counts) score += Math.log(readWord(w, grammCase, gender).score);
  return score;
}

/**
 * A Russian person mention in the nominative, split into first name, patronymic and surname: the likeliest
 * reading first, then up to two others (for the document to choose from when its other mentions agree with
 * one). Case and gender are chosen for the whole name at once, so «Анной Ивановой» gives «Анна Иванова».
 */
export function normalizeRussianPerson(morphology: Morphology, text: string): PersonName[] {
  const words = text.split(/\s+/).filter(Boolean).map((token) => {
    const parts = token.split('-');
    return parts.map((part, i): Word => {
      const parses = isFixedWord(part) ? [] : readings(morphology, part, isPersonal);
      return { part, parses, unknown: isUnknownName(parses), counts: i === parts.length - 1 && !isFixedWord(part) };
    });
  });
  const flat = words.flat();
  const ranked = GENDERS.flatMap((gender) => CASES.map((grammCase) => ({ grammCase, gender, score: scoreOf(flat, grammCase, gender) })))
    .sort((a, b) => b.score - a.score)
    .filter((h, i, all) => i === 0 || h.score > all[0]!.score - Math.log(20));
  const names: PersonName[] = [];
  const seen = new Set<string>();
  for (const h of ranked) {
    const name = nameUnder(words, h.grammCase, h.gender);
    const key = JSON.stringify(name);
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(name);
    if (names.length === ALTERNATIVES) break;
  }
  return names;
}
