import { entityIdentity } from '@app/nlp';
import { uuidV5 } from './article-id.js';

/**
 * The namespace of cross-script entity keys (a fixed random UUID: changing it would re-key every entity). It is
 * not the namespace of the surface-name keys before it, so an old key and a new one never collide.
 */
const ENTITY_NAMESPACE = '4f0e8a61-2c7d-4b39-a5e2-8d16c0b3f947';

/**
 * The key of a named entity, the same for its Russian and English names: a UUID v5 of its type and its
 * cross-script identity (`entityIdentity` in `@app/nlp`). A consumer joins on it across languages.
 *
 * @example
 * entityKey('PER', 'Касым-Жомарт Токаев') === entityKey('PER', 'Kassym-Jomart Tokayev') // true
 */
export function entityKey(type: string, name: string): string {
  return uuidV5(JSON.stringify([type, entityIdentity(type, name)]), ENTITY_NAMESPACE);
}
