import type { Entity } from '@app/contracts';
import { loadMorphology, type Morphology, type WordParse } from '../morphology/index.js';
import { cached } from './candidates.cache.js';
import { normalizeEnglishPhrase, splitEnglishPerson } from './english-name.normalizer.js';
import { nameKey } from './letter-case.js';
import type { Mention, PersonName } from './mention.js';
import { chooseNames, type Candidates, type DocumentNames } from './document-choice.js';
import { groupPersons } from './person.grouper.js';
import { famousFirstNames, famousNames, loadPersonsGazetteer, type PersonsGazetteer } from './persons.gazetteer.js';
import { groupPhrases } from './phrase.grouper.js';
import { withoutOuterQuotes, withoutStrayBrackets } from './quotes.js';
import { ownerTails } from './owner-tails.js';
import { contextKey, personContext, type PersonContext } from './person-context.js';
import { readListsAlike } from './person-lists.js';
import { normalizeRussianPerson } from './russian-person.normalizer.js';
import { normalizeRussianPhrase } from './russian-phrase.normalizer.js';
import { dictionaryParsesOf, isFixedWord, parsesOf } from './russian-word.js';
import { isFormOf, mayBeFormOf } from './word-forms.js';

/** What `resolveEntities` works with; both default to the shared, lazily loaded instances. */
export interface ResolveOptions {
  readonly morphology?: Morphology;
  readonly persons?: PersonsGazetteer;
}

const wholeName = (n: PersonName): string => [n.first, n.patronymic, n.last].filter(Boolean).join(' ');

const FUNCTION_WORD = ['NPRO', 'Apro', 'PREP', 'CONJ', 'PRCL', 'INTJ'];
// Readings that make a word a name whatever its part of speech («Жуковском»: a town, «Толстого»: a surname).
const PROPER = ['Surn', 'Name', 'Geox', 'Orgn'];

// A word alone that names no entity: a pronoun («Вас», «Ваша» capitalised in speech) or an adjective
// («казахстанский», «российских»). A capitalised adjective may be a name still: a person's («Навального»), an
// organisation's short name («солисты Большого, Мариинского театров»), a place's the dictionary knows («Мирного»,
// «Петропавловске-Камчатском») or a hyphenated one («Гусь-Хрустального»); in the nominative, any («Отрадное»).
function namesNothing(morphology: Morphology, words: string, type: Mention['type']): boolean {
  if (/\s/.test(words)) return false;
  const parts = words.split('-');
  const last = parts.at(-1)!;
  if (isFixedWord(last)) return false;
  const top = parsesOf(morphology, last)[0];
  if (!top?.known) return false;
  if (parts.length === 1 && FUNCTION_WORD.some((t) => top.tags.has(t))) return true;
  const isProper = (p: WordParse): boolean => PROPER.some((t) => p.tags.has(t));
  if (words[0] === words[0]!.toLowerCase()) return top.tags.has('ADJF') && !isProper(top);
  if (type !== 'LOC' || (parts.length > 1 && last[0] !== last[0]!.toLowerCase())) return false;
  const whole = parts.length > 1 ? dictionaryParsesOf(morphology, words) : [];
  return (
    top.tags.has('ADJF') &&
    !top.tags.has('nomn') &&
    !(whole.length > 0 ? whole : parsesOf(morphology, last)).some(isProper)
  );
}

// What a mention text reads as, computed once per text: its candidate names, whether the likeliest is the text
// as written, and whether it names nothing at all.
interface Reading<T> {
  readonly names: readonly T[];
  readonly verbatim: boolean;
  readonly dropped: boolean;
}

function readPerson(morphology: Morphology | undefined, words: string, context: PersonContext): Reading<PersonName> {
  if (morphology && namesNothing(morphology, words, 'PER'))
    return { names: [{ last: words }], verbatim: false, dropped: true };
  const names = morphology
    ? normalizeRussianPerson(morphology, words, context)
    : [splitEnglishPerson(normalizeEnglishPhrase('PER', words))];
  return { names, verbatim: nameKey(wholeName(names[0]!)) === nameKey(words), dropped: false };
}

function readPhrase(morphology: Morphology | undefined, type: Mention['type'], words: string): Reading<string> {
  if (!morphology) {
    const name = normalizeEnglishPhrase(type, words);
    return { names: [name], verbatim: name === words, dropped: false };
  }
  const dropped = namesNothing(morphology, words, type);
  const names = dropped ? [words] : normalizeRussianPhrase(morphology, words, type);
  // The text as written is a candidate too, should another mention decline to it («Алроса», «Алросы»).
  return { names: names.includes(words) ? names : [...names, words], verbatim: names[0] === words, dropped };
}

// Generic nouns after which a quoted name stands in apposition and so in the nominative, whatever their own case
// («компании «Алроса»», «банка «Открытие»», «газеты «Ведомости»»); not those that often take a genitive owner
// instead («акции «Газпрома»», «офис «Яндекса»», «завод «Фольксвагена»»).
const DESCRIPTORS = new Set([
  'компания',
  'авиакомпания',
  'госкомпания',
  'телекомпания',
  'корпорация',
  'госкорпорация',
  'концерн',
  'холдинг',
  'банк',
  'госбанк',
  'фирма',
  'объединение',
  'общество',
  'партия',
  'движение',
  'организация',
  'фонд',
  'ассоциация',
  'агентство',
  'информагентство',
  'издательство',
  'газета',
  'журнал',
  'издание',
  'телеканал',
  'радиостанция',
  'киностудия',
  'театр',
  'клуб',
  'команда',
  'оператор',
  'ретейлер',
  'ритейлер',
  'мессенджер',
  'соцсеть',
  'группа',
  'телерадиокомпания',
]);
// Legal forms written as acronyms before the quoted name: «ПАО «Алроса»».
const LEGAL_FORM = /^(?:ООО|ОАО|ЗАО|ПАО|АО|НАО|АНО|ГУП|МУП|ФГУП|НКО|НПО|ИА|ТК|ФК|ХК|ПФК|ГК)$/u;
// How far before a quoted mention its descriptor is looked for.
const LOOK_BACK = 60;
// «дочерней компании «Роснефти»»: a subsidiary is named by its owner, in the genitive.
const SUBSIDIARY = /^дочерн/iu;

/** Where the run of characters matching `char` that ends at `end` begins (not before `floor`). */
function runStart(text: string, end: number, floor: number, char: RegExp): number {
  let i = end;
  while (i > floor && char.test(text[i - 1]!)) i--;
  return i;
}

/** Whether the mention is a quoted name right after a descriptor («компании «Алроса»», «ПАО «Алроса»»), a nominative as written. */
function afterDescriptor(morphology: Morphology, text: string, mention: Mention): boolean {
  const written = mention.text || text.slice(mention.start, mention.end);
  let quoteAt = mention.start + (/^\s*/u.exec(written)?.[0].length ?? 0);
  if (!'«“„"'.includes(text[quoteAt] ?? ' ')) {
    // Most mentions have no quote before them either and leave here (the look-behind was a sixth of extraction).
    if (!'«“„"'.includes(text[mention.start - 1] ?? ' ')) return false;
    quoteAt = mention.start - 1;
  }
  const floor = Math.max(0, mention.start - LOOK_BACK);
  const wordEnd = runStart(text, quoteAt, floor, /\s/u);
  const wordStart = runStart(text, wordEnd, floor, /[\p{L}-]/u);
  const word = text.slice(wordStart, wordEnd);
  if (!word) return false;
  if (LEGAL_FORM.test(word)) return true;
  const previousEnd = runStart(text, wordStart, floor, /\s/u);
  const previous = previousEnd < wordStart ? text.slice(runStart(text, previousEnd, floor, /\p{L}/u), previousEnd) : '';
  return (
    !SUBSIDIARY.test(previous) &&
    parsesOf(morphology, word.toLowerCase()).some((p) => p.tags.has('NOUN') && DESCRIPTORS.has(p.lemma))
  );
}

function readMention(
  morphology: Morphology | undefined,
  type: Mention['type'],
  words: string,
  context: PersonContext,
): Reading<PersonName> | Reading<string> {
  const read = (): Reading<PersonName> | Reading<string> =>
    type === 'PER' ? readPerson(morphology, words, context) : readPhrase(morphology, type, words);
  return morphology ? cached(morphology, 'mentions', `${type}:${words}:${contextKey(context)}`, read) : read();
}

// Whether a mention as written is a declined form of a name, remembered per pair of texts.
const formOf = (morphology: Morphology, words: string, name: string): boolean =>
  mayBeFormOf(words, name) && cached(morphology, 'forms', `${words}\n${name}`, () => isFormOf(morphology, words, name));

// The keys of a person's name: whole name (first and last), then surname (or first name); cached per name.
const personKeyCache = new WeakMap<PersonName, readonly (string | undefined)[]>();
function personKeys(n: PersonName): readonly (string | undefined)[] {
  let keys = personKeyCache.get(n);
  if (!keys) {
    const full = n.first && n.last ? nameKey(`${n.first} ${n.last}`) : undefined;
    personKeyCache.set(
      n,
      (keys = [full, n.last ? `l:${nameKey(n.last)}` : n.first ? `f:${nameKey(n.first)}` : undefined]),
    );
  }
  return keys;
}

// A person is supported by another mention of the whole name, else of the surname (of the first name when
// there is no surname); a name of the gazetteer's famous people is known.
function personNames(morphology: Morphology | undefined, gazetteer: PersonsGazetteer): DocumentNames<PersonName> {
  const famous = famousNames(gazetteer);
  return {
    keys: personKeys,
    known: (n) => famous.has(personKeys(n)[0] ?? ''),
    whole: (n) => personKeys(n)[0] !== undefined,
    declined: false,
    formOf: ({ mention, words }, others) => {
      if (!morphology) return undefined;
      const single = !/\s/.test(words);
      for (const { mention: other, name } of others) {
        if (other === mention) continue;
        if (single) {
          if (name.last && formOf(morphology, words, name.last)) return { last: name.last };
        } else if (formOf(morphology, words, name.first && name.last ? `${name.first} ${name.last}` : wholeName(name)))
          return name;
      }
      return undefined;
    },
  };
}

// A known first name: one the gazetteer gives a patronymic, or one the dictionary reads as a first name and never as
// a surname («Владимир»; not «Ким», which is a Korean surname too, nor «Си»).
function isGivenName(morphology: Morphology, gazetteer: PersonsGazetteer, word: string): boolean {
  if (famousFirstNames(gazetteer).has(nameKey(word))) return true;
  const parses = parsesOf(morphology, word);
  return parses.some((p) => p.known && p.tags.has('Name')) && !parses.some((p) => p.tags.has('Surn'));
}

// Organisations and places: supported by the same name elsewhere (either type), declined forms by their own type.
function phraseNames(morphology: Morphology | undefined): DocumentNames<string> {
  return {
    keys: (name) => (morphology ? cached(morphology, 'keys', name, () => [nameKey(name)]) : [nameKey(name)]),
    known: () => false,
    whole: () => false,
    declined: true,
    formOf: ({ mention, words }, others) =>
      morphology
        ? others.find(
            (o) =>
              o.mention !== mention &&
              o.mention.type === mention.type &&
              o.name !== words &&
              formOf(morphology, words, o.name),
          )?.name
        : undefined,
  };
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
export function resolveEntities(
  text: string,
  mentions: readonly Mention[],
  lang: string,
  options: ResolveOptions = {},
): Entity[] {
  const morphology = lang.toLowerCase().startsWith('ru') ? (options.morphology ?? loadMorphology()) : undefined;
  const items = [...mentions]
    .sort((a, b) => a.start - b.start)
    .map((mention) => ({
      mention,
      words: withoutOuterQuotes(withoutStrayBrackets(mention.text || text.slice(mention.start, mention.end))),
    }))
    .filter(({ words }) => words)
    .map(({ mention, words }) => {
      const context = morphology && mention.type === 'PER' ? personContext(morphology, text, mention) : {};
      const read = readMention(morphology, mention.type, words, context);
      // A quoted name after a descriptor is taken as written, and so supports that reading of its other mentions.
      const quoted = morphology && mention.type !== 'PER' && afterDescriptor(morphology, text, mention);
      return { mention, words, ...(quoted ? { names: [words], verbatim: true, dropped: read.dropped } : read) };
    })
    .filter(({ dropped }) => !dropped);
  if (morphology)
    readListsAlike(
      morphology,
      text,
      items,
      (words, context) => readMention(morphology, 'PER', words, context) as Reading<PersonName>,
    );
  const gazetteer = options.persons ?? loadPersonsGazetteer();
  const people = items.filter((i): i is Candidates<PersonName> & { dropped: boolean } => i.mention.type === 'PER');
  const chosen = chooseNames(people, personNames(morphology, gazetteer)).map((p, i) => ({
    ...p,
    alternatives: people[i]!.names,
  }));
  const givenName = morphology ? (word: string): boolean => isGivenName(morphology, gazetteer, word) : undefined;
  const persons = groupPersons(chosen, gazetteer, givenName).map((cluster) =>
    toEntity(
      'PER',
      cluster.displayName(),
      cluster.members.map((m) => m.mention),
    ),
  );
  const places = items.filter((i): i is Candidates<string> & { dropped: boolean } => i.mention.type !== 'PER');
  const tails = morphology ? ownerTails(morphology, text, items) : new Map<Mention, string>();
  const named = chooseNames(places, phraseNames(morphology)).map((chosen) => {
    const tail = tails.get(chosen.mention);
    return tail === undefined ? chosen : { ...chosen, name: `${chosen.name} ${tail}`, bare: chosen.name };
  });
  const phrases = groupPhrases(named).map((group) => toEntity(group.type, group.name, group.members));
  return [...persons, ...phrases].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}
