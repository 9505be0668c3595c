import type { Morphology, WordParse } from '../morphology/index.js';
import type { PersonName } from './mention.js';
import { inCaseOf } from './letter-case.js';
import type { PersonContext } from './person-context.js';
import { looksIndeclinable, mayBeNominative, nominativeByEnding } from './russian-name-endings.js';
import { CASES, type Case, inCase, inflectChosen, isFixedWord, isUnknownName, readings } from './russian-word.js';
import { isSurnameParticle, surnameStart } from './surname-particles.js';

const GENDERS = ['masc', 'femn'] as const;
type Gender = (typeof GENDERS)[number];
// Men are named more often than women in news; the prior only breaks ties («Жомарта»: a man in the genitive).
const GENDER_PRIOR: Record<Gender, number> = { masc: 1, femn: 0.6 };
const NOMINATIVE_PRIOR = 1.2;
const MISS = 0.02;
const BY_ENDING = 0.1;
const GUESSED = 0.3;
const ALTERNATIVES = 3;
// An indeclinable reading («Джо», «Лукашенко», «Элле») fits every case alike, so it says nothing about the
// case; it counts for less than a declinable reading of the same word («Элле» as the dative of «Элла»).
const FIXED = 0.5;
// A surname in the plural after a first name in the singular («Ивана и Петра Кварцбергов») is rarer than one in
// the singular, so a singular reading of the same word wins.
const SHARED = 0.5;
const PERSONAL = ['Name', 'Surn', 'Patr'] as const;
// How much less likely a case or gender the words around the mention rule out is («барона Донована»: not a
// woman «Донована» in the nominative): enough to decide between guesses, not to overrule the dictionary.
const AGAINST_CONTEXT = 10;

type Role = keyof PersonName | 'word';
interface Word {
  readonly part: string;
  readonly parses: readonly WordParse[];
  /** The word's likeliest indeclinable reading for each gender, whatever its case. */
  readonly fixed: Readonly<Record<Gender, Reading | undefined>>;
  readonly unknown: boolean;
  // Left as written and saying nothing of the case: an acronym, initial or Latin word, or a surname particle («Ле»).
  readonly kept: boolean;
  // Only the last part of a hyphenated word («Касым-Жомарта») shows the case.
  readonly counts: boolean;
  // The surname after a first name, which may be in the plural: «Ивана Петровых», one of two brothers named.
  readonly shared: boolean;
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

const fitsGender = (p: WordParse, gender: Gender): boolean =>
  p.tags.has('sing') && (p.tags.has(gender) || p.tags.has('Ms-f') || p.tags.has('GNdr'));

// A person is animate: an inanimate accusative («Камский» as in «на Камский завод») is a nominative's form, so it
// cannot be a person's accusative, which is the genitive's («Гата Камский» is not «Гата» in the accusative).
function fits(parse: WordParse, grammCase: Case, gender: Gender): boolean {
  return inCase(parse, grammCase) && fitsGender(parse, gender) && !(grammCase === 'accs' && parse.tags.has('inan'));
}

// The best indeclinable reading of a word for a gender, in any case: the same for every case.
function fixedReading(parses: readonly WordParse[], gender: Gender): Reading | undefined {
  let best: Reading | undefined;
  for (const p of parses) {
    const score = p.tags.has('Fixd') && fitsGender(p, gender) ? strength(p) * FIXED : 0;
    if (score > (best?.score ?? MISS)) best = { score, parse: p };
  }
  return best;
}

// A woman's name or surname ending in a consonant does not decline («Виктории Нуланд», «Хиллари Клинтон»); a man's
// does («Нуланда»), so only a woman reads it so in an oblique case.
const CONSONANT_FINAL = /[бвгджзклмнпрстфхцчшщ]$/u;

// A surname in the plural, named with a first name («Ивана Петровых»): the dictionary's plural surname in the
// case. A man's reads as its singular; a woman's is left as written (the masculine lemma is not her surname).
const sharedSurname = (word: Word, p: WordParse, grammCase: Case): boolean =>
  word.shared &&
  p.tags.has('Surn') &&
  p.tags.has('plur') &&
  inCase(p, grammCase) &&
  grammCase !== 'nomn' &&
  !p.tags.has('inan');

function readWord(word: Word, grammCase: Case, gender: Gender): Reading {
  let best: Reading = word.fixed[gender] ?? { score: MISS };
  for (const p of word.parses) {
    if (p.tags.has('Fixd')) continue;
    const score = fits(p, grammCase, gender)
      ? strength(p)
      : sharedSurname(word, p, grammCase)
        ? strength(p) * SHARED
        : 0;
    if (score > best.score) best = { score, parse: p };
  }
  if (!word.unknown || best.score >= BY_ENDING) return best;
  const lower = word.part.toLowerCase();
  if (looksIndeclinable(lower) || (gender === 'femn' && CONSONANT_FINAL.test(lower))) return { score: BY_ENDING };
  if (grammCase === 'nomn') return mayBeNominative(lower, gender) ? { score: BY_ENDING } : best;
  const byEnding = nominativeByEnding(lower, grammCase, gender);
  return byEnding ? { score: BY_ENDING, byEnding } : best;
}

function nominative(word: Word, reading: Reading, gender: Gender): string {
  if (reading.byEnding) return inCaseOf(word.part, reading.byEnding);
  const p = reading.parse;
  if (p?.tags.has('plur') && p.tags.has('Surn'))
    return gender === 'masc' ? inCaseOf(word.part, p.inflect(['nomn', 'sing', 'masc']) ?? p.lemma) : word.part;
  // Already a nominative: keep the spelling («Алла», «Васильевич»), which the paradigm's first form may not.
  if (!p || (p.tags.has('nomn') && p.tags.has('sing'))) return word.part;
  return inflectChosen({ word: word.part, parse: p }, [
    'nomn',
    'sing',
    ...(p.tags.has(gender) ? [gender] : []),
    ...PERSONAL.filter((t) => p.tags.has(t)),
  ]);
}

function roleOf(reading: Reading | undefined): Role {
  const tags = reading?.parse?.tags;
  if (tags?.has('Patr')) return 'patronymic';
  if (tags?.has('Surn')) return 'last';
  return tags?.has('Name') ? 'first' : 'word';
}

// `surnameAt`: where a surname with particles begins («Урсула фон дер Ляйен»: the words from «фон» on), or -1.
function assignRoles(words: readonly string[], roles: readonly Role[], surnameAt = -1): PersonName {
  if (surnameAt > 0) {
    const given = assignRoles(words.slice(0, surnameAt), roles.slice(0, surnameAt));
    const first = [given.first, given.last].filter(Boolean).join(' ') || undefined;
    return { first, patronymic: given.patronymic, last: words.slice(surnameAt).join(' ') };
  }
  const patronymicAt = roles.indexOf('patronymic');
  const rest = words.map((w, i) => ({ w, r: roles[i]! })).filter((_, i) => i !== patronymicAt);
  const patronymic = patronymicAt >= 0 ? words[patronymicAt] : undefined;
  if (rest.length === 0) return { patronymic };
  if (rest.length === 1) {
    const only = rest[0]!;
    return only.r === 'first' || patronymic ? { first: only.w, patronymic } : { last: only.w };
  }
  // «Реджеп Тайип Эрдоган»: the given names come first, the surname last.
  return {
    first: rest
      .slice(0, -1)
      .map((x) => x.w)
      .join(' '),
    patronymic,
    last: rest.at(-1)!.w,
  };
}

// The words of a name read under one case-and-gender hypothesis, each in the nominative, and their roles.
interface NameReading {
  readonly read: readonly (readonly Reading[])[];
  readonly forms: readonly string[];
  readonly roles: readonly Role[];
}

function readUnder(words: readonly (readonly Word[])[], grammCase: Case, gender: Gender): NameReading {
  const read = words.map((parts) => parts.map((w) => (w.kept ? { score: MISS } : readWord(w, grammCase, gender))));
  const forms = words.map((parts, i) => parts.map((w, j) => nominative(w, read[i]![j]!, gender)).join('-'));
  return { read, forms, roles: read.map((parts) => roleOf(parts.at(-1))) };
}

// The name with its surname read another way in the same case («Ирине Яровой»: «Ярова» or the adjectival
// «Яровая»), for the document or the gazetteer to confirm.
function surnameVariant(
  words: readonly (readonly Word[])[],
  under: NameReading,
  grammCase: Case,
  gender: Gender,
  surnameAt: number,
): PersonName | undefined {
  const last = words.at(-1)!;
  const chosen = under.read.at(-1)![0]!;
  if (words.length < 2 || last.length > 1 || !chosen.parse || chosen.byEnding) return undefined;
  for (const p of last[0]!.parses) {
    if (
      p === chosen.parse ||
      p.tags.has('Fixd') ||
      !fits(p, grammCase, gender) ||
      !(p.tags.has('Surn') || p.tags.has('ADJF'))
    )
      continue;
    const other = nominative(last[0]!, { score: strength(p), parse: p }, gender);
    if (other !== under.forms.at(-1)) return assignRoles([...under.forms.slice(0, -1), other], under.roles, surnameAt);
  }
  return undefined;
}

function scoreOf(words: readonly Word[], grammCase: Case, gender: Gender, context: PersonContext): number {
  let score = Math.log(GENDER_PRIOR[gender] * (grammCase === 'nomn' ? NOMINATIVE_PRIOR : 1));
  if (context.cases && !context.cases.has(grammCase)) score -= Math.log(AGAINST_CONTEXT);
  if (context.gender && context.gender !== gender) score -= Math.log(AGAINST_CONTEXT);
  for (const w of words) if (w.counts) score += Math.log(readWord(w, grammCase, gender).score);
  return score;
}

/**
 * A Russian person mention in the nominative, split into first name, patronymic and surname: the likeliest
 * reading first, then up to two others and the likeliest with its surname read another way (for the document
 * or the gazetteer to choose from when they agree with one). Case and gender are chosen for the whole name at once, so «Анной Ивановой» gives «Анна Иванова».
 * Surname particles stay as written and begin the surname: «Урсуле фон дер Ляйен» → «Урсула» «фон дер Ляйен».
 * `context` (what the words around the mention say, see `personContext`) makes the cases and gender it rules out
 * less likely.
 */
export function normalizeRussianPerson(
  morphology: Morphology,
  text: string,
  context: PersonContext = {},
): PersonName[] {
  const tokens = text.split(/\s+/).filter(Boolean);
  const surnameAt = surnameStart(tokens);
  // A particle first («Ле Пен», «фон дер Ляйен») stays as written too, though only the document says it is a surname.
  const particle = (at: number): boolean => at < tokens.length - 1 && isSurnameParticle(tokens[at]!);
  const words = tokens.map((token, at) => {
    const parts = token.split('-');
    return parts.map((part, i): Word => {
      const kept = isFixedWord(part) || particle(at);
      const parses = kept ? [] : readings(morphology, part, isPersonal);
      const fixed = { masc: fixedReading(parses, 'masc'), femn: fixedReading(parses, 'femn') };
      const counts = i === parts.length - 1 && !kept;
      const shared = counts && at === tokens.length - 1 && at > 0;
      return { part, parses, fixed, unknown: isUnknownName(parses), kept, counts, shared };
    });
  });
  const flat = words.flat();
  const ranked = GENDERS.flatMap((gender) =>
    CASES.map((grammCase) => ({ grammCase, gender, score: scoreOf(flat, grammCase, gender, context) })),
  )
    .sort((a, b) => b.score - a.score)
    .filter((h, i, all) => i === 0 || h.score > all[0]!.score - Math.log(20));
  const names: PersonName[] = [];
  const seen = new Set<string>();
  let variant: PersonName | undefined;
  for (const [i, h] of ranked.entries()) {
    const under = readUnder(words, h.grammCase, h.gender);
    if (i === 0) variant = surnameVariant(words, under, h.grammCase, h.gender, surnameAt);
    const name = assignRoles(under.forms, under.roles, surnameAt);
    const key = JSON.stringify(name);
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(name);
    if (names.length === ALTERNATIVES) break;
  }
  // The likeliest reading's variant comes last: only the document or the gazetteer chooses it.
  return variant && !seen.has(JSON.stringify(variant)) ? [...names, variant] : names;
}
