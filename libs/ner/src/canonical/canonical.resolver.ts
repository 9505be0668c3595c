import type { Entity } from '@app/contracts';
import { loadMorphology, type Morphology } from '../morphology/index.js';
import { cachedCandidates } from './candidates.cache.js';
import { normalizeEnglishPhrase, splitEnglishPerson } from './english-name.normalizer.js';
import { nameKey } from './letter-case.js';
import type { Mention, PersonName } from './mention.js';
import { groupPersons } from './person.grouper.js';
import { loadPersonsGazetteer, type PersonsGazetteer } from './persons.gazetteer.js';
import { groupPhrases } from './phrase.grouper.js';
import { withoutOuterQuotes } from './quotes.js';
import { normalizeRussianPerson } from './russian-person.normalizer.js';
import { normalizeRussianPhrase } from './russian-phrase.normalizer.js';
import { isFixedWord } from './russian-word.js';

/** What `resolveEntities` works with; both default to the shared, lazily loaded instances. */
export interface ResolveOptions {
  readonly morphology?: Morphology;
  readonly persons?: PersonsGazetteer;
}

// A mention with its candidate names, likeliest first; `verbatim` when the likeliest is the text as written.
interface Candidates<T> {
  readonly mention: Mention;
  readonly names: readonly T[];
  readonly verbatim: boolean;
}

const wholeName = (n: PersonName): string => [n.first, n.patronymic, n.last].filter(Boolean).join(' ');

const FUNCTION_WORD = ['NPRO', 'Apro', 'PREP', 'CONJ', 'PRCL', 'INTJ'];

// A word alone that names no entity: a pronoun («Вас», «Ваша» capitalised in speech) or an adjective
// («казахстанский», «российских»; but a capitalised nominative may be a name: «Отрадное», «Первый»).
function namesNothing(morphology: Morphology, words: string): boolean {
  if (/\s/.test(words)) return false;
  const last = words.split('-').at(-1)!;
  if (isFixedWord(last)) return false;
  const top = morphology.parse(last)[0];
  if (!top?.known || top.tags.has('Surn') || top.tags.has('Name')) return false;
  if (last === words && FUNCTION_WORD.some((t) => top.tags.has(t))) return true;
  return top.tags.has('ADJF') && (words[0] === words[0]!.toLowerCase() || !top.tags.has('nomn'));
}

function personCandidates(morphology: Morphology | undefined, mention: Mention, words: string): Candidates<PersonName> {
  const names = morphology
    ? cachedCandidates(morphology, `PER:${words}`, () => normalizeRussianPerson(morphology, words))
    : [splitEnglishPerson(normalizeEnglishPhrase('PER', words))];
  return { mention, names, verbatim: nameKey(wholeName(names[0]!)) === nameKey(words) };
}

function phraseCandidates(morphology: Morphology | undefined, mention: Mention, words: string): Candidates<string> {
  const names = morphology
    ? cachedCandidates(morphology, `${mention.type}:${words}`, () => normalizeRussianPhrase(morphology, words, mention.type))
    : [normalizeEnglishPhrase(mention.type, words)];
  return { mention, names, verbatim: names[0] === words };
}

// Each mention takes the first of its candidates that another mention of the document writes out as is
// («Александра Брода» is «Александр Брод» when the text also says «Александр Брод»), else its likeliest.
function choose<T>(all: readonly Candidates<T>[], keysOf: (name: T) => string[]): { mention: Mention; name: T; weight: number }[] {
  const written = new Map<string, number>();
  for (const c of all) if (c.verbatim) for (const k of keysOf(c.names[0]!)) written.set(k, (written.get(k) ?? 0) + 1);
  return all.map(({ mention, names, verbatim }) => {
    const own = verbatim ? keysOf(names[0]!) : [];
    const elsewhere = (k: string): boolean => (written.get(k) ?? 0) > (own.includes(k) ? 1 : 0);
    return { mention, name: names.find((n) => keysOf(n).some(elsewhere)) ?? names[0]!, weight: verbatim ? 2 : 1 };
  });
}

const toEntity = (type: Mention['type'], name: string, members: readonly Mention[]): Entity => {
  const mentions = [...members].sort((a, b) => a.start - b.start).map(({ start, end, text }) => ({ start, end, text }));
  return { type, name, count: mentions.length, mentions };
};

/**
 * Groups the mentions of one document into entities and names each canonically: in the nominative, whole and
 * in the original letter case («Касым-Жомарта Токаева» and a later «Токаев» → «Касым-Жомарт Токаев»;
 * «КАМАЗа» → «КАМАЗ»; «Российской Федерацией» → «Российская Федерация»). Russian (`lang` 'ru…') is declined;
 * other languages keep names as written minus a possessive «'s» and, for places and organisations, "the".
 * Entities come in order of first mention, each with its mentions sorted by start.
 *
 * @example
 * resolveEntities(text, [{ type: 'ORG', start: 10, end: 16, text: 'КАМАЗа' }], 'ru')[0]?.name // 'КАМАЗ'
 */
export function resolveEntities(text: string, mentions: readonly Mention[], lang: string, options: ResolveOptions = {}): Entity[] {
  const morphology = lang.toLowerCase().startsWith('ru') ? (options.morphology ?? loadMorphology()) : undefined;
  const items = [...mentions]
    .sort((a, b) => a.start - b.start)
    .map((mention) => ({ mention, words: withoutOuterQuotes(mention.text || text.slice(mention.start, mention.end)) }))
    .filter(({ words }) => words && !(morphology && namesNothing(morphology, words)));
  const people = items.filter((i) => i.mention.type === 'PER').map((i) => personCandidates(morphology, i.mention, i.words));
  const personKeys = (n: PersonName): string[] => (n.last ? [`l:${nameKey(n.last)}`] : n.first ? [`f:${nameKey(n.first)}`] : []);
  const chosen = choose(people, personKeys).map((p, i) => ({ ...p, alternatives: people[i]!.names }));
  const persons = groupPersons(chosen, options.persons ?? loadPersonsGazetteer()).map((cluster) =>
    toEntity('PER', cluster.displayName(), cluster.members.map((m) => m.mention)),
  );
  const places = items.filter((i) => i.mention.type !== 'PER').map((i) => phraseCandidates(morphology, i.mention, i.words));
  const phraseKeys = (name: string): string[] => [nameKey(name)];
  const phrases = groupPhrases(choose(places, phraseKeys)).map((group) => toEntity(group.type, group.name, group.members));
  return [...persons, ...phrases].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}
