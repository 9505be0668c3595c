/**
 * Words that organisation and place names translate rather than transliterate (Министерство обороны / Ministry of
 * Defence, Северная Каролина / North Carolina, Чёрное море / Black Sea): each stands for one concept in both
 * languages, whatever its Russian case or gender. A general glossary of institutional, geographic and national
 * words, not a list of names; nothing in it comes from the evaluation pairs.
 */

/** Russian adjective endings, every case and gender. */
const ADJECTIVE = '(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ом|ем|ую|юю|ых|их|ым|им|ыми|ими|ей)';
/** Russian noun endings of the declensions these nouns take. */
const NOUN = '(?:|а|я|о|е|и|ы|у|ю|ь|ой|ей|ом|ем|ам|ям|ами|ями|ах|ях|ов|ев|ию|ией|ия|ии|ью)';

/** concept: [Russian stems of adjectives, Russian stems of nouns, English words]. */
const GLOSSARY: Record<string, [string[], string[], string[]]> = {
  north: [['северн'], ['север'], ['north', 'northern']],
  south: [['южн'], ['юг'], ['south', 'southern']],
  east: [['восточн'], ['восток'], ['east', 'eastern']],
  west: [['западн'], ['запад'], ['west', 'western']],
  new: [['нов'], [], ['new']],
  black: [['черн', 'чёрн'], [], ['black']],
  red: [['красн'], [], ['red']],
  white: [['бел'], [], ['white']],
  sea: [[], ['мор'], ['sea']],
  ocean: [[], ['океан'], ['ocean']],
  river: [[], ['рек'], ['river']],
  lake: [[], ['озер', 'озёр'], ['lake']],
  island: [[], ['остров'], ['island', 'islands', 'isle', 'isles']],
  gulf: [[], ['залив'], ['gulf', 'bay']],
  canal: [[], ['канал'], ['canal']],
  party: [[], ['парти'], ['party']],
  republic: [[], ['республик'], ['republic']],
  republican: [['республиканск'], [], ['republican']],
  house: [[], ['палат', 'дом'], ['house', 'chamber']],
  union: [[], ['союз'], ['union']],
  council: [[], ['совет'], ['council']],
  court: [[], ['суд'], ['court']],
  ministry: [[], ['министерств'], ['ministry']],
  defence: [[], ['оборон'], ['defence', 'defense']],
  university: [[], ['университет'], ['university']],
  academy: [[], ['академи'], ['academy']],
  kingdom: [[], ['королевств'], ['kingdom']],
  empire: [[], ['импери'], ['empire']],
  dynasty: [[], ['династи'], ['dynasty']],
  company: [[], ['компани'], ['company']],
  commission: [[], ['комисси'], ['commission']],
  committee: [[], ['комитет'], ['committee']],
  service: [[], ['служб'], ['service']],
  agency: [[], ['агентств'], ['agency']],
  association: [[], ['ассоциаци'], ['association']],
  federation: [[], ['федераци'], ['federation']],
  organisation: [[], ['организаци'], ['organisation', 'organization']],
  department: [[], ['департамент'], ['department']],
  government: [[], ['правительств'], ['government']],
  administration: [[], ['администраци'], ['administration']],
  police: [[], ['полици'], ['police']],
  army: [[], ['арми'], ['army']],
  church: [[], ['церков', 'церкв'], ['church']],
  district: [[], ['район'], ['district']],
  commons: [[], ['общин'], ['commons']],
  representatives: [[], ['представител'], ['representatives']],
  national: [['национальн'], [], ['national']],
  state: [['государственн'], [], ['state']],
  federal: [['федеральн'], [], ['federal']],
  central: [['центральн'], [], ['central']],
  royal: [['королевск'], [], ['royal']],
  international: [['международн'], [], ['international']],
  saint: [['свят'], [], ['saint', 'st']],
  european: [['европейск'], [], ['european']],
  american: [['американск'], [], ['american']],
  british: [['британск'], [], ['british']],
  french: [['французск'], [], ['french']],
  german: [['немецк', 'германск'], [], ['german']],
  russian: [['российск', 'русск'], [], ['russian']],
  chinese: [['китайск'], [], ['chinese']],
};

/** The Russian patterns by the first two letters of their stem, so a word is tried against a few at most. */
function buildLookup(): { russian: Map<string, [RegExp, string][]>; english: Map<string, string> } {
  const russian = new Map<string, [RegExp, string][]>();
  const english = new Map<string, string>();
  const add = (stem: string, endings: string, concept: string) => {
    const bucket = russian.get(stem.slice(0, 2)) ?? [];
    bucket.push([new RegExp(`^${stem}${endings}$`), concept]);
    russian.set(stem.slice(0, 2), bucket);
  };
  // A concept id starts with ~, which no skeleton has, so it never meets a word's skeleton in a key.
  for (const [name, [adjectives, nouns, words]] of Object.entries(GLOSSARY)) {
    const concept = `~${name}`;
    for (const stem of adjectives) add(stem, ADJECTIVE, concept);
    for (const stem of nouns) add(stem, NOUN, concept);
    for (const word of words) english.set(word, concept);
  }
  return { russian, english };
}

/**
 * Russian adjectives made from a name, written as the English adjective is (-ический / -ic, -анский / -an,
 * -ийский / -ian), and adjectives in -ционный, -ссионный as their noun (-ция / -tion: Конституционный суд /
 * Constitutional Court).
 */
const NAME_ADJECTIVE = new RegExp(`^(.{3,}?)(?:(ич)еск|(ан|ян)ск|(и)йск|(ц|сс)ионн)${ADJECTIVE}$`);

/**
 * A Russian adjective made from a name, as the English one is spelled (Республиканская → республикан for
 * Republican, Католический → католик for Catholic, Кассационный → кассация for Cassation); any other word unchanged.
 */
export function adjectiveAsEnglish(word: string): string {
  const match = NAME_ADJECTIVE.exec(word.toLowerCase());
  if (!match) return word;
  if (match[5] !== undefined) return `${match[1]!}${match[5]}ия`;
  return match[1]! + (match[2] !== undefined ? 'ик' : match[3] !== undefined ? match[3] : 'иан');
}

/**
 * Concepts one language writes and the other leaves out (Potomac River / Потомак, Liao Kingdom / Ляо): a name keeps
 * them only when nothing else names it.
 */
export const GENERIC_CONCEPTS: ReadonlySet<string> = new Set(['~river', '~lake', '~canal', '~dynasty', '~kingdom']);

let lookup: ReturnType<typeof buildLookup> | undefined;

/**
 * The concept a word of an organisation or place name stands for in both languages, or undefined.
 *
 * @example
 * glossaryConcept('Северная') === glossaryConcept('North') // '~north'
 */
export function glossaryConcept(word: string): string | undefined {
  lookup ??= buildLookup();
  const lower = word.toLowerCase();
  return lookup.english.get(lower) ?? lookup.russian.get(lower.slice(0, 2))?.find(([p]) => p.test(lower))?.[1];
}
