/** FNV-1a offset basis: the hash of the empty string. */
export const FNV_SEED = 0x811c9dc5;

/** One FNV-1a step: folds a code unit into a running hash. */
export function fnvStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/** FNV-1a of a whole string. */
export function fnv(text: string): number {
  let h = FNV_SEED;
  for (let i = 0; i < text.length; i++) h = fnvStep(h, text.charCodeAt(i));
  return h >>> 0;
}

/** Combines a feature template id with a value hash into a well-mixed 32-bit hash (murmur3 finaliser). */
export function mix(template: number, value: number): number {
  let h = Math.imul(template + 0x9e3779b9, 0x85ebca6b) ^ value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Combines a template with two values (conjunction features such as previous tag × word). */
export function mix2(template: number, a: number, b: number): number {
  return mix(template, mix(a, b));
}
