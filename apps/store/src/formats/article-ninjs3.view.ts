import type { NinjsItem } from './article-ninjs.view.js';

/** The ninjs 3.x version served, and the published schema an instance says it is valid against. */
export const NINJS3_VERSION = '3.3';
export const NINJS3_SCHEMA_URI = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.3.json';
export const NINJS3_MEDIA_TYPE = `application/ninjs+json; version=${NINJS3_VERSION}`;

/**
 * ninjs 3 is ninjs 2.4 with camel-cased property names, and `embargoed` renamed `embargoedUntil` (the two
 * published schemas differ in nothing else the store writes). Only the names the store writes are listed: a
 * test compares every written name with the 3.3 schema.
 */
const RENAMED: Readonly<Record<string, string>> = {
  representationtype: 'representationType',
  versioncreated: 'versionCreated',
  embargoed: 'embargoedUntil',
  pubstatus: 'pubStatus',
  copyrightholder: 'copyrightHolder',
  copyrightnotice: 'copyrightNotice',
  usageterms: 'usageTerms',
  altids: 'altIds',
  contenttype: 'contentType',
  charcount: 'charCount',
  sizeinbytes: 'sizeInBytes',
};

const STANDARD = { name: 'ninjs', version: NINJS3_VERSION, schema: NINJS3_SCHEMA_URI };

/** Renames property names at every depth (a story's associated articles too); values are copied as they are. */
function renamed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(renamed);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [RENAMED[key] ?? key, key === 'standard' ? STANDARD : renamed(v)]),
  );
}

/**
 * A ninjs 2.4 item (from `toNinjs`) as a ninjs 3.3 item: the same content, under 3.x's names, declaring 3.3.
 *
 * @example
 * toNinjs3({ uri: 'urn:uuid:…', pubstatus: 'canceled' }) // { uri: 'urn:uuid:…', pubStatus: 'canceled' }
 */
export function toNinjs3(item: NinjsItem): NinjsItem {
  return renamed(item) as NinjsItem;
}
