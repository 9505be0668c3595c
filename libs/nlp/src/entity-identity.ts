import { foldedSkeleton, nameSkeleton } from './identity-skeleton.js';
import { placeIdOf } from './place-gazetteer.js';

/** Russian patronymics as skeletons (Владимирович → vladimirovic, Ильич → ilic, Петровна → petrovna). */
const PATRONYMIC = /(?:ovic|evic|ovna|evna|icna|inicna|ilic)$/;

/**
 * The identity of a named entity across scripts: the same string for its Russian and English names. A country or
 * big city is its gazetteer id; any other name is the sorted skeletons of its words (so «Тиллерсон, Рекс» meets
 * "Rex Tillerson"), a person's Russian patronymic left out when there are first and last names besides.
 *
 * @example
 * entityIdentity('PER', 'Касым-Жомарт Токаев') === entityIdentity('PER', 'Kassym-Jomart Tokayev') // true
 */
export function entityIdentity(type: string, name: string): string {
  const spelled = nameSkeleton(name, false);
  const place = placeIdOf(spelled.join(' '));
  if (place !== undefined) return place;
  // Only a middle word is a patronymic: a surname may end the same way (Янукович, Лукашевич). The test reads the
  // skeleton with its vowels, which the key folds.
  let kept = spelled;
  if (type === 'PER' && spelled.length >= 3)
    kept = spelled.filter((w, i) => i === 0 || i === spelled.length - 1 || !PATRONYMIC.test(w));
  const words = kept.map(foldedSkeleton);
  if (words.length === 0) return `name:${name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()}`;
  return `name:${[...words].sort().join(' ')}`;
}
