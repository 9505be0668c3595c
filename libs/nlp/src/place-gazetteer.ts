import countries from 'i18n-iso-countries';
import { hasCyrillic } from './cyrillic-latin.js';
import { nameSkeleton } from './identity-skeleton.js';

/**
 * Big cities whose English name is not a transliteration of the Russian one (or the reverse): an exonym on one
 * side or both. Cities that transliterate (Berlin, Almaty, Kazan) need no entry.
 */
const CITY_EXONYMS: readonly (readonly string[])[] = [
  ['Москва', 'Moscow'],
  ['Санкт-Петербург', 'Петербург', 'Saint Petersburg', 'St Petersburg', 'St. Petersburg'],
  ['Киев', 'Київ', 'Kyiv', 'Kiev'],
  ['Варшава', 'Warsaw'],
  ['Вена', 'Vienna'],
  ['Прага', 'Prague'],
  ['Рим', 'Rome'],
  ['Мюнхен', 'Munich'],
  ['Кёльн', 'Cologne'],
  ['Пекин', 'Beijing', 'Peking'],
  ['Париж', 'Paris'],
  ['Брюссель', 'Brussels'],
  ['Женева', 'Geneva'],
  ['Венеция', 'Venice'],
  ['Флоренция', 'Florence'],
  ['Неаполь', 'Naples'],
  ['Милан', 'Milan'],
  ['Афины', 'Athens'],
  ['Копенгаген', 'Copenhagen'],
  ['Лиссабон', 'Lisbon'],
  ['Гаага', 'The Hague', 'Hague'],
  ['Бухарест', 'Bucharest'],
  ['Белград', 'Belgrade'],
  ['Стамбул', 'Istanbul'],
  ['Тегеран', 'Tehran'],
  ['Дамаск', 'Damascus'],
  ['Каир', 'Cairo'],
  ['Иерусалим', 'Jerusalem'],
  ['Мехико', 'Mexico City'],
  ['Дели', 'Delhi'],
  ['Нью-Дели', 'New Delhi'],
  ['Бангалор', 'Бенгалуру', 'Bangalore', 'Bengaluru'],
  ['Мумбаи', 'Бомбей', 'Mumbai', 'Bombay'],
  ['Токио', 'Tokyo'],
  ['Сеул', 'Seoul'],
  ['Гонконг', 'Hong Kong'],
  ['Нью-Йорк', 'New York', 'New York City'],
  ['Лос-Анджелес', 'Los Angeles'],
  ['Сан-Франциско', 'San Francisco'],
  ['Алматы', 'Алма-Ата', 'Almaty', 'Alma-Ata'],
  ['Екатеринбург', 'Yekaterinburg', 'Ekaterinburg'],
  ['Нижний Новгород', 'Nizhny Novgorod'],
  ['Ростов-на-Дону', 'Rostov-on-Don'],
  ['Набережные Челны', 'Naberezhnye Chelny'],
  ['Таллин', 'Tallinn'],
  ['Тбилиси', 'Tbilisi'],
  ['Ереван', 'Yerevan'],
  ['Кишинёв', 'Chisinau', 'Kishinev'],
  ['Бейрут', 'Beirut'],
  ['Багдад', 'Baghdad'],
  ['Эр-Рияд', 'Riyadh'],
  ['Вашингтон', 'Washington', 'Washington, D.C.'],
  ['Страсбург', 'Strasbourg'],
  ['Цюрих', 'Zurich'],
];

/**
 * Continents, macro-regions, seas and oceans news name most, whose English and Russian names do not transliterate
 * into each other (Europe/Европа, Crimea/Крым, Mediterranean/Средиземное море).
 */
const REGION_EXONYMS: readonly (readonly string[])[] = [
  ['Европа', 'Europe'],
  ['Азия', 'Asia'],
  ['Африка', 'Africa'],
  ['Северная Америка', 'North America'],
  ['Южная Америка', 'South America'],
  ['Латинская Америка', 'Latin America'],
  ['Антарктида', 'Антарктика', 'Antarctica', 'Antarctic'],
  ['Арктика', 'Arctic'],
  ['Океания', 'Oceania'],
  ['Ближний Восток', 'Middle East'],
  ['Дальний Восток', 'Far East'],
  ['Средняя Азия', 'Центральная Азия', 'Central Asia'],
  ['Кавказ', 'Caucasus'],
  ['Сибирь', 'Siberia'],
  ['Крым', 'Crimea'],
  ['Англия', 'England'],
  ['Шотландия', 'Scotland'],
  ['Уэльс', 'Wales'],
  ['Балканы', 'Balkans'],
  ['Скандинавия', 'Scandinavia'],
  ['Прибалтика', 'Baltic states', 'Baltics'],
  ['Средиземное море', 'Средиземноморье', 'Mediterranean', 'Mediterranean Sea'],
  ['Балтийское море', 'Балтика', 'Baltic Sea'],
  ['Каспийское море', 'Каспий', 'Caspian Sea', 'Caspian'],
  ['Атлантический океан', 'Атлантика', 'Atlantic Ocean', 'Atlantic'],
  ['Тихий океан', 'Pacific Ocean', 'Pacific'],
  ['Индийский океан', 'Indian Ocean'],
  ['Северный Ледовитый океан', 'Arctic Ocean'],
  ['Персидский залив', 'Persian Gulf'],
];

/** Short country names the ISO tables leave out. */
const COUNTRY_EXTRA: Record<string, readonly string[]> = {
  US: ['Соединённые Штаты', 'Соединённые Штаты Америки', 'Америка', 'America', 'U.S.'],
  GB: ['Британия', 'Соединённое Королевство', 'Britain', 'Great Britain', 'UK'],
  RU: ['Российская Федерация', 'РФ', 'Russian Federation'],
  KR: ['Южная Корея', 'South Korea'],
  KP: ['КНДР', 'Северная Корея', 'North Korea'],
  CN: ['КНР', 'Китай', 'China'],
  CZ: ['Чехия', 'Czech Republic', 'Czechia'],
  NL: ['Голландия', 'Holland', 'Netherlands'],
  AE: ['ОАЭ', 'UAE', 'Emirates'],
  BY: ['Беларусь', 'Белоруссия', 'Belarus'],
  KG: ['Киргизия', 'Кыргызстан', 'Kyrgyzstan'],
  MD: ['Молдавия', 'Молдова', 'Moldova'],
  IR: ['Иран', 'Iran'],
  SY: ['Сирия', 'Syria'],
  VN: ['Вьетнам', 'Vietnam'],
  VA: ['Ватикан', 'Vatican'],
  TR: ['Турция', 'Turkey', 'Türkiye'],
  ZA: ['Южная Африка', 'South Africa'],
  CD: ['ДРК', 'DRC', 'DR Congo'],
  CG: ['Congo-Brazzaville'],
};

/** Every name the package lists per country code, English and Russian (its Node entry registers every locale). */
function countryNames(): Map<string, readonly string[]> {
  const en = countries.getNames('en', { select: 'all' });
  const ru = countries.getNames('ru', { select: 'all' });
  const names = new Map<string, readonly string[]>();
  for (const code of Object.keys(en)) {
    names.set(code, [...(en[code] ?? []), ...(ru[code] ?? []), ...(COUNTRY_EXTRA[code] ?? [])]);
  }
  return names;
}

/** A name's skeleton as one string, the form the gazetteer is looked up by. */
export const skeletonKey = (name: string): string => nameSkeleton(name, false).join(' ');

function buildGazetteer(): Map<string, string> {
  const ids = new Map<string, string>();
  for (const [code, names] of countryNames()) {
    for (const name of names) ids.set(skeletonKey(name), `country:${code}`);
  }
  // «КНР (Китайская Народная Республика)»: each part is a name too, unless a whole name already is ("U.S." of
  // "Virgin Islands (U.S.)" stays the United States).
  for (const [code, names] of countryNames()) {
    for (const part of names.filter((n) => n.includes('(')).flatMap((n) => n.split(/\s*[()]\s*/))) {
      const key = skeletonKey(part);
      if (key !== '' && !ids.has(key)) ids.set(key, `country:${code}`);
    }
  }
  for (const [kind, table] of [
    ['city', CITY_EXONYMS],
    ['region', REGION_EXONYMS],
  ] as const) {
    for (const forms of table) {
      const id = `${kind}:${skeletonKey(forms.find((f) => /[A-Za-z]/.test(f))!)}`;
      for (const name of forms) ids.set(skeletonKey(name), id);
    }
  }
  return ids;
}

let gazetteer: Map<string, string> | undefined;

/**
 * The gazetteer id of a country, big city or macro-region named in Russian or English (`country:KZ`,
 * `city:moskov`, `region:europe`), or undefined. Country names: `i18n-iso-countries` (MIT), every name it lists in both languages.
 *
 * @example
 * placeId('Казахстан') === placeId('Kazakhstan') // 'country:KZ'
 */
export function placeId(name: string): string | undefined {
  return placeIdOf(skeletonKey(name));
}

/** `placeId` of a name whose skeleton key (`skeletonKey`) the caller has already. */
export function placeIdOf(key: string): string | undefined {
  gazetteer ??= buildGazetteer();
  return gazetteer.get(key);
}

/** Russian case endings of country names and the nominative endings they come from (Канады → Канада, Китая → Китай). */
const OBLIQUE: readonly [RegExp, string][] = [
  [/(?:ии|ию|ией)$/, 'ия'],
  [/(?:еи|ею|еей)$/, 'ея'],
  [/(?:ы|е|у|ой)$/, 'а'],
  [/(?:а|у|е|ом)$/, ''],
  [/(?:я|ю|е|ем)$/, 'й'],
  [/(?:и|я|ю|е|ем|ью)$/, 'ь'],
  [/и$/, 'а'],
];

/**
 * The country, big city or region a capitalised word of a longer name names, in any Russian case (Банк Канады,
 * Министерство обороны Великобритании, Банк Шотландии), or undefined.
 *
 * @example
 * placeOfWord('Великобритании') === 'country:GB'
 */
export function placeOfWord(word: string): string | undefined {
  if (!/^\p{Lu}/u.test(word)) return undefined;
  if (placesOfWords.has(word)) return placesOfWords.get(word);
  // Bounded: the words of organisation names repeat (Министерство, University), but a long run sees many.
  if (placesOfWords.size >= 50_000) placesOfWords.clear();
  const place = lookUpPlaceOfWord(word);
  placesOfWords.set(word, place);
  return place;
}

const placesOfWords = new Map<string, string | undefined>();

function lookUpPlaceOfWord(word: string): string | undefined {
  const oblique = hasCyrillic(word) ? OBLIQUE.filter(([ending]) => ending.test(word)) : [];
  const forms = [word, ...oblique.map(([ending, nominative]) => word.replace(ending, nominative))];
  for (const form of forms) {
    const id = placeId(form);
    if (id !== undefined) return id;
  }
  return undefined;
}
