import { entityIdentity } from '@app/nlp';
import { uuidV5 } from './article-id.js';

/**
 * The namespace of cross-script entity keys (a fixed random UUID: changing it would re-key every entity). It is
 * not the namespace of the surface-name keys before it, so an old key and a new one never collide.
 */
const ENTITY_NAMESPACE = '4f0e8a61-2c7d-4b39-a5e2-8d16c0b3f947';

const MEMO_SIZE = 50_000;
const recent = new Map<string, string>();

/**
 * The key of a named entity, the same for its Russian and English names: a UUID v5 of its type and its
 * cross-script identity (`entityIdentity` in `@app/nlp`). A consumer joins on it across languages.
 *
 * @example
 * entityKey('PER', 'Касым-Жомарт Токаев') === entityKey('PER', 'Kassym-Jomart Tokayev') // true
 */
export function entityKey(type: string, name: string): string {
  const memo = `${type}\u0000${name}`;
  let key = recent.get(memo);
  if (key === undefined) {
    key = uuidV5(JSON.stringify([type, entityIdentity(type, name)]), ENTITY_NAMESPACE);
    // News names the same few thousand entities again and again; past the bound the memo starts afresh.
    if (recent.size >= MEMO_SIZE) recent.clear();
    recent.set(memo, key);
  }
  return key;
}
