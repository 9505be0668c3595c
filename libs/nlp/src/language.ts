/** Frequent short words per language, enough to tell apart languages that share a script. */
const STOP_WORDS: Record<string, readonly string[]> = {
  ru: ['и', 'в', 'не', 'на', 'что', 'с', 'по', 'это', 'как', 'из', 'для', 'о', 'его', 'от', 'к', 'за', 'также', 'был', 'она', 'они'],
  uk: ['і', 'та', 'що', 'не', 'на', 'з', 'у', 'це', 'як', 'до', 'від', 'для', 'його', 'вона', 'також', 'був', 'які', 'при'],
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'as', 'was', 'by', 'at', 'it', 'from', 'he', 'said'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'auf', 'für', 'ein', 'eine', 'sich', 'auch'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'pour', 'que', 'du', 'sur', 'au', 'pas', 'avec', 'il'],
  es: ['el', 'la', 'los', 'las', 'y', 'que', 'en', 'del', 'por', 'con', 'para', 'una', 'es', 'se', 'su', 'al'],
};
const CYRILLIC = new Set(['ru', 'uk']);
const MIN_SCORED_WORDS = 3;

/**
 * The language of a text as a BCP 47 code: the script decides the family (Cyrillic or Latin), stop words
 * decide within it. Short or mixed texts with no clear signal are `und`.
 *
 * @example
 * detectLanguage('Президент Татарстана встретился с делегацией из Казахстана') // 'ru'
 */
export function detectLanguage(text: string): string {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const cyrillic = words.filter((w) => /\p{Script=Cyrillic}/u.test(w)).length;
  const latin = words.filter((w) => /\p{Script=Latin}/u.test(w)).length;
  if (cyrillic + latin === 0) return 'und';
  const family = cyrillic >= latin ? CYRILLIC : new Set(Object.keys(STOP_WORDS).filter((l) => !CYRILLIC.has(l)));
  const counts = new Map<string, number>();
  for (const word of words) {
    for (const lang of family) if (STOP_WORDS[lang]!.includes(word)) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  const [best, score] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['und', 0];
  if (score >= MIN_SCORED_WORDS) return best;
  // A Cyrillic text without enough stop words is still most likely Russian in this pipeline's feeds.
  return cyrillic >= latin && /[ыэъё]/.test(text.toLowerCase()) ? 'ru' : 'und';
}
