import type { Morphology } from '../morphology/index.js';

const LIMIT = 20_000;
type Table = 'mentions' | 'forms' | 'keys' | 'context';
const caches = new WeakMap<Morphology, Record<Table, Map<string, unknown>>>();

/**
 * A value computed from a mention text (its candidate names), a pair of texts (whether one is a form of the
 * other) a name (its keys) or the word before a person (what it says of the case), once per analyser and table: the same names recur across articles, and declining them costs far more
 * than looking them up. Each table is bounded; the oldest entries leave first.
 */
export function cached<T>(morphology: Morphology, table: Table, key: string, compute: () => T): T {
  let tables = caches.get(morphology);
  if (!tables)
    caches.set(morphology, (tables = { mentions: new Map(), forms: new Map(), keys: new Map(), context: new Map() }));
  const cache = tables[table];
  if (cache.has(key)) return cache.get(key) as T;
  const value = compute();
  if (cache.size >= LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, value);
  return value;
}
