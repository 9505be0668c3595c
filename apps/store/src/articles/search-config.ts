/** The PostgreSQL text-search configurations the store indexes with; the migration's CASE mirrors `searchConfigOf`. */
export type SearchConfig = 'russian' | 'english' | 'simple';

/**
 * The configuration an article of language `lang` is indexed with: Russian and English stemming by the primary
 * language subtag, `simple` (lower-casing only) for any other language.
 *
 * @example
 * searchConfigOf('en-GB') // 'english'
 */
export function searchConfigOf(lang: string): SearchConfig {
  const primary = lang.toLowerCase().split('-')[0];
  if (primary === 'ru' || primary === 'rus') return 'russian';
  if (primary === 'en' || primary === 'eng') return 'english';
  return 'simple';
}
