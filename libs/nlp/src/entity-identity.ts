import { adjectiveAsEnglish, GENERIC_CONCEPTS, glossaryConcept } from './identity-glossary.js';
import { acronymSkeleton, foldedSkeleton, nameWords, wordSkeleton } from './identity-skeleton.js';
import { placeOfWord, placeIdOf } from './place-gazetteer.js';

/** Russian patronymics as skeletons (Владимирович → vladimirovic, Ильич → ilic, Петровна → petrovna). */
const PATRONYMIC = /(?:ovic|evic|ovna|evna|icna|inicna|ilic)$/;

/** A short word in capitals, Latin or Cyrillic: NATO, ОПЕК, КАМАЗ (a longer one is a word in headline capitals). */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** National adjectives of the glossary as the country they name: British Ministry = Министерство … Великобритании. */
const COUNTRY_OF_ADJECTIVE: Record<string, string> = {
  '~american': 'country:US',
  '~british': 'country:GB',
  '~chinese': 'country:CN',
  '~french': 'country:FR',
  '~german': 'country:DE',
  '~russian': 'country:RU',
};

/** English words a Russian name has no word for (Bank of Scotland/Банк Шотландии, The Rocket Record Company). */
const FUNCTION_WORDS = new Set(['the', 'of', 'and']);

/** Articles of French, Italian, Spanish and German titles, which Russian leaves out (Le Figaro/Фигаро). */
const TITLE_ARTICLES = new Set(['le', 'la', 'les', 'el', 'il', 'die', 'der', 'das', 'ле', 'ла']);

/**
 * What a person's name carries beside the name in one language and not the other: a generation (Jr., Sr., the
 * Elder, Младший) or a middle initial (Adnan Z. Amin). A regnal number stays: Николай I is not every Николай.
 */
const PERSON_EXTRAS = /^(?:\p{Lu}|Jr|Sr|Elder|Younger|Старш(?:ий|ая)|Младш(?:ий|ая))$/u;

/** The words of a name that name it in either language; an initial goes only from a name of two words besides. */
function namingWords(type: string, name: string): string[] {
  const words = nameWords(name).filter(
    (w) => !FUNCTION_WORDS.has(w.toLowerCase()) && !(type === 'ORG' && TITLE_ARTICLES.has(w.toLowerCase())),
  );
  if (words.length === 0) return nameWords(name);
  const named = words.filter((w) => !PERSON_EXTRAS.test(w));
  return type === 'PER' && named.length >= 2 ? named : words;
}

/**
 * The identity of a named entity across scripts: the same string for its Russian and English names. A country, big
 * city or macro-region is its gazetteer id; any other name is the sorted keys of its words (so «Тиллерсон, Рекс»
 * meets "Rex Tillerson"): an organisation's or place's translated word its glossary concept (Министерство обороны /
 * Ministry of Defence), any other word its skeleton, a person's Russian patronymic left out when there are first
 * and last names besides.
 *
 * @example
 * entityIdentity('PER', 'Касым-Жомарт Токаев') === entityIdentity('PER', 'Kassym-Jomart Tokayev') // true
 */
export function entityIdentity(type: string, name: string): string {
  const named = namingWords(type, name).map((w) => ({ w, spelled: wordSkeleton(w, false) }));
  const place = placeIdOf(
    named
      .map(({ spelled }) => spelled)
      .filter((w) => w !== '')
      .join(' '),
  );
  if (place !== undefined) return place;
  // A person's name is not translated (Black is not Чёрный); an organisation's or a place's words may be.
  const words = named
    .map(({ w, spelled }) => {
      // An acronym is read letter by letter: its vowels are not folded (APEC is not OPEC, AOL is not EOL).
      if (ACRONYM.test(w)) return { concept: acronymSkeleton(w), spelled };
      if (type === 'PER') return { concept: undefined, spelled };
      const english = adjectiveAsEnglish(w);
      const concept = glossaryConcept(w);
      // A place inside a longer name is the place in either language (Bank of Canada / Банк Канады).
      const place =
        named.length < 2 ? undefined : concept !== undefined ? COUNTRY_OF_ADJECTIVE[concept] : placeOfWord(w);
      return { concept: place ?? concept, spelled: english === w ? spelled : wordSkeleton(english, false) };
    })
    .filter(({ spelled }) => spelled !== '');
  // Only a middle word is a patronymic: a surname may end the same way (Янукович, Лукашевич). The test reads the
  // skeleton with its vowels, which the key folds.
  const patronymic = (i: number) =>
    type === 'PER' && words.length >= 3 && i > 0 && i < words.length - 1 && PATRONYMIC.test(words[i]!.spelled);
  let keys = words.flatMap(({ concept, spelled }, i) => (patronymic(i) ? [] : [concept ?? foldedSkeleton(spelled)]));
  const specific = keys.filter((k) => !GENERIC_CONCEPTS.has(k));
  if (specific.length > 0) keys = specific;
  if (keys.length === 0) return `name:${name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()}`;
  return `name:${keys.sort().join(' ')}`;
}
