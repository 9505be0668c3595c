import { nameKey } from './letter-case.js';
import { NAME_PARTICLES } from '../name-particles.js';

// Words that begin a foreign surname and never decline, lower-case or capitalised: «Марин Ле Пен», «Урсула фон
// дер Ляйен», «Шарль де Голль», «Лула да Силва», «Мохаммед бин Салман». Some are first names too («Бен
// Аффлек»), so a mention that begins with one is a surname only when the text writes a full name ending in it.
const PARTICLES = new Set(NAME_PARTICLES);

/** Whether a word is a surname particle («Ле», «фон», «дер»). */
export const isSurnameParticle = (word: string): boolean => PARTICLES.has(nameKey(word));

/**
 * Where the surname of a person mention's words begins: at the first particle, not the last word, that follows a
 * word that is none («Марин Ле Пен»: 1; «Урсула фон дер Ляйен»: 1; «фон дер Ляйен» and «Бен Аффлек»: -1).
 */
export function surnameStart(words: readonly string[]): number {
  for (let i = 1; i < words.length - 1; i++)
    if (isSurnameParticle(words[i]!) && !isSurnameParticle(words[i - 1]!)) return i;
  return -1;
}
