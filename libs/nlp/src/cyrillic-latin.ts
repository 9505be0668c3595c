/**
 * Cyrillic → Latin in the systems names are written in: BGN/PCGN (news agencies, maps), ISO 9 / GOST 7.79
 * system A (libraries, one letter for one letter), and the passport system (ICAO Doc 9303, Russian passports
 * since 2013). Kazakh, Tatar, Bashkir, Ukrainian and Belarusian letters are covered, so the names of those
 * republics' people and places come out in one of the forms agencies print.
 */
export type TransliterationSystem = 'bgn' | 'iso9' | 'icao';

const COMMON: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  з: 'z',
  и: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  // Kazakh, Tatar, Bashkir: the letters agencies drop the diacritic from.
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'ng',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
  җ: 'zh',
  ҙ: 'z',
  ҫ: 's',
  ҡ: 'k',
  ґ: 'g',
  ў: 'u',
};

const SYSTEMS: Record<TransliterationSystem, Record<string, string>> = {
  bgn: {
    е: 'e',
    ё: 'ë',
    ж: 'zh',
    й: 'y',
    х: 'kh',
    ц: 'ts',
    ч: 'ch',
    ш: 'sh',
    щ: 'shch',
    ъ: '',
    ы: 'y',
    ь: '',
    э: 'e',
    ю: 'yu',
    я: 'ya',
    є: 'ye',
    ї: 'yi',
  },
  iso9: {
    е: 'e',
    ё: 'ë',
    ж: 'ž',
    й: 'j',
    х: 'h',
    ц: 'c',
    ч: 'č',
    ш: 'š',
    щ: 'ŝ',
    ъ: 'ʺ',
    ы: 'y',
    ь: 'ʹ',
    э: 'è',
    ю: 'û',
    я: 'â',
    є: 'ê',
    ї: 'ï',
    ә: 'ä',
    ө: 'ö',
    ү: 'ù',
    ғ: 'ǵ',
    қ: 'ķ',
    ң: 'ṇ',
    ұ: 'ū',
    һ: 'ḥ',
    җ: 'ẑ',
  },
  icao: {
    е: 'e',
    ё: 'e',
    ж: 'zh',
    й: 'i',
    х: 'kh',
    ц: 'ts',
    ч: 'ch',
    ш: 'sh',
    щ: 'shch',
    ъ: 'ie',
    ы: 'y',
    ь: '',
    э: 'e',
    ю: 'iu',
    я: 'ia',
    є: 'ie',
    ї: 'i',
  },
};

const VOWELS = new Set('аеёиоуыэюяәөүұії');

/** BGN/PCGN writes е and ё as ye/yë at the start of a word and after a vowel, й, ъ or ь. */
function bgnIotated(lower: string, prev: string | undefined): string | undefined {
  if (lower !== 'е' && lower !== 'ё') return undefined;
  if (prev === undefined || VOWELS.has(prev) || 'йъь'.includes(prev) || !/\p{L}/u.test(prev)) {
    return lower === 'е' ? 'ye' : 'yë';
  }
  return undefined;
}

function withCase(latin: string, original: string, next: string | undefined): string {
  if (original === original.toLowerCase() || latin === '') return latin;
  const allCaps = next !== undefined && next !== next.toLowerCase() && next === next.toUpperCase();
  return allCaps ? latin.toUpperCase() : latin[0]!.toUpperCase() + latin.slice(1);
}

/**
 * The text in Latin letters; characters that are not Cyrillic pass through unchanged.
 *
 * @example
 * transliterate('Рустам Минниханов', 'bgn') // 'Rustam Minnikhanov'
 * transliterate('Щёлково', 'iso9') // 'Ŝëlkovo'
 */
export function transliterate(text: string, system: TransliterationSystem = 'bgn'): string {
  const table = SYSTEMS[system];
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const lower = c.toLowerCase();
    const prev = chars[i - 1]?.toLowerCase();
    const latin = (system === 'bgn' ? bgnIotated(lower, prev) : undefined) ?? table[lower] ?? COMMON[lower];
    out += latin === undefined ? c : withCase(latin, c, chars[i + 1]);
  }
  return out;
}

/** Whether the text has a Cyrillic letter. */
export const hasCyrillic = (text: string): boolean => /\p{Script=Cyrillic}/u.test(text);
