import { minhash, MINHASH_SIZE } from './minhash.js';

/** minhash as first written: each shingle joined into a string, hashed with FNV-1a, then permuted per seed. */
function reference(text: string): number[] {
  const fnv = (s: string) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h >>> 0;
  };
  const mix = (value: number) => {
    let h = value ^ (value >>> 16);
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  };
  const seeds = Array.from({ length: MINHASH_SIZE }, (_, i) => mix(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)));
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const signature = new Array<number>(MINHASH_SIZE).fill(0xffffffff);
  for (let i = 0; i < Math.max(1, words.length - 2); i++) {
    const base = fnv(words.slice(i, i + 3).join(' '));
    for (let k = 0; k < MINHASH_SIZE; k++) signature[k] = Math.min(signature[k]!, mix(base ^ seeds[k]!));
  }
  return signature;
}

describe('minhash signature values', () => {
  it.each([
    '',
    'Одно',
    'Два слова',
    'Касым-Жомарт Токаев прилетел в Казань 7 декабря; «Татнефть» и КАМАЗ подписали соглашение.',
    'The quick brown fox — 2026 — jumps over the lazy dog, twice: the quick brown fox.',
    // Letters outside the BMP, a lone surrogate, case mappings that change the length, digits of other scripts.
    'ǄЁЖ 𝐀𝐁𝐂 x \ud800a b c İstanbul ẞ ΣΑΣ 3-й 𝟙𝟚 ١٢٣ 一二三 a\u0301b c\u200bd \udc00e',
    Array.from({ length: 1500 }, (_, i) => `слово${i % 97}`).join(' '),
  ])('stay those of the joined-shingle definition (%s)', (text) => {
    expect([...minhash(text)]).toEqual(reference(text));
  });
});
