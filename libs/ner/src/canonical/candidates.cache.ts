import type { Morphology } from '../morphology/index.js';

const LIMIT = 20_000;
const caches = new WeakMap<Morphology, Map<string, readonly unknown[]>>();

/**
 * The candidate names of a mention text, computed once per analyser: the same names recur across articles, and
 * declining them costs far more than looking them up. Bounded; the oldest entries leave first.
 */
export function cachedCandidates<T>(morphology: Morphology, key: string, compute: () => readonly T[]): readonly T[] {
  let cache = caches.get(morphology);
  if (!cache) caches.set(morphology, (cache = new Map()));
  const hit = cache.get(key);
  if (hit) return hit as readonly T[];
  const names = compute();
  if (cache.size >= LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, names);
  return names;
}
