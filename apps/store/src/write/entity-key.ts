import { entityKey as crossScriptKey } from '@app/contracts';

/**
 * The stable, URL-safe key of an entity: the cross-script key of `@app/contracts`, so a Russian and an English
 * name of one entity share it and every store instance and replay derives it without a lookup.
 *
 * @example
 * entityKey('PER', 'Касым-Жомарт Токаев') === entityKey('PER', 'Kassym-Jomart Tokayev') // true
 */
export function entityKey(type: string, name: string): string {
  return crossScriptKey(type, canonicalName(name));
}

/** The name as stored: Unicode NFC with runs of white space collapsed. */
export function canonicalName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim();
}
