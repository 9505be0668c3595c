import { uuidV5 } from '@app/contracts';

/** The namespace of entity keys (a fixed random UUID: changing it would re-key every entity). */
const ENTITY_NAMESPACE = '9d1c3f0e-6b2a-4e57-8c4d-1a7e5b9f2c60';

/**
 * The stable, URL-safe key of an entity: a UUID v5 of its type and canonical name, so every store instance
 * and every replay derives the same key without a lookup.
 *
 * @example
 * entityKey('LOC', 'Татарстан') === entityKey('LOC', 'Татарстан') // true
 */
export function entityKey(type: string, name: string): string {
  return uuidV5(JSON.stringify([type, canonicalName(name)]), ENTITY_NAMESPACE);
}

/** The name as stored: Unicode NFC with runs of white space collapsed. */
export function canonicalName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim();
}
