import { AppError } from '@app/errors';
import { ninjsMetadata } from './ninjs.metadata.js';
import { toWireItem, type WireCandidate } from './wire-item.builder.js';
import type { DecodeContext, WireDocument } from './wire-document.js';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);

/** ninjs 2.x replaced 1.x's single-valued fields (`headline`, `body_html`, `altids` map) with arrays of role/value. */
export function isNinjs2(value: Json): boolean {
  return Array.isArray(value.headlines) || Array.isArray(value.bodies) || Array.isArray(value.altids);
}

/** Fields only ninjs 3.x spells in camelCase (2.x: `pubstatus`, `versioncreated`, …). */
const NINJS3_FIELDS = ['pubStatus', 'versionCreated', 'firstCreated', 'contentCreated', 'altIds', 'copyrightHolder'];

/** ninjs 3.x names its schema (`$schema`, `standard.schema`/`version`), or uses its camelCase field names. */
export function isNinjs3(value: Json): boolean {
  const standard = isObject(value.standard) ? value.standard : {};
  const schema = str(value.$schema) ?? str(standard.schema) ?? '';
  if (/ninjs-schema_3/.test(schema) || /^3(\.|$)/.test(str(standard.version) ?? '')) return true;
  return NINJS3_FIELDS.some((field) => field in value);
}

/** Deep enough for `associations[].renditions[]`; a hostile document nested thousands deep is not walked. */
const KEY_DEPTH = 8;

/**
 * ninjs 3.x is 2.x with camelCase names (`pubStatus`, `versionCreated`, `contentType`, `sizeInBytes`); with every
 * key lower-cased, one mapping reads 1.x, 2.x and 3.x. Values (headlines, bodies) are left as they are.
 */
function lowerCaseKeys(value: unknown, depth = 0): unknown {
  if (depth >= KEY_DEPTH) return value;
  if (Array.isArray(value)) return value.map((v) => lowerCaseKeys(v, depth + 1));
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => {
      const key = k.toLowerCase();
      return [key, NAMED_MAPS.has(key) && isObject(v) ? mapValues(v, depth + 1) : lowerCaseKeys(v, depth + 1)];
    }),
  );
}

/** ninjs 1.x maps keyed by the agency's names (`altids.tassId`, `associations.mainpicture`): the names are data. */
const NAMED_MAPS = new Set(['altids', 'associations', 'renditions']);

function mapValues(map: Json, depth: number): Json {
  return Object.fromEntries(Object.entries(map).map(([name, v]) => [name, lowerCaseKeys(v, depth + 1)]));
}

// The entry with role `main` (or no role) of a ninjs 2.x role/value array, else the first.
function mainOf(entries: Json[]): Json | undefined {
  return entries.find((e) => e.role === undefined || e.role === 'main') ?? entries[0];
}

function altIdsOf(value: Json): Record<string, string | undefined> {
  if (isObject(value.altids)) return Object.fromEntries(Object.entries(value.altids).map(([k, v]) => [k, str(v)]));
  return Object.fromEntries(list(value.altids).map((a) => [str(a.role) ?? 'altid', str(a.value)]));
}

function urlOf(value: Json): string | undefined {
  const link = list(value.links).find((l) => l.rel === 'canonical' || l.rel === 'alternate' || l.rel === 'self');
  return str(link?.href) ?? str(link?.uri);
}

// `value` has lower-cased keys.
function toCandidate(value: Json): WireCandidate {
  const v2 = isNinjs2(value);
  const headline = v2 ? str(mainOf(list(value.headlines))?.value) : str(value.headline);
  const body = v2
    ? str(mainOf(list(value.bodies))?.value)
    : (str(value.body_html) ?? str(value.body_text) ?? str(value.body_xml));
  const uri = str(value.uri) ?? str(value.guid);
  return {
    externalId: uri,
    title: headline ?? str(value.headline),
    body,
    url: urlOf(value),
    publishedAt: str(value.firstcreated) ?? str(value.contentcreated) ?? str(value.versioncreated),
    versionCreated: str(value.versioncreated),
    lang: str(value.language),
    version: str(value.version),
    pubStatus: str(value.pubstatus),
    embargoedUntil: str(value.embargoeduntil) ?? str(value.embargoed),
    sourceIds: { uri, ...altIdsOf(value) },
    metadata: ninjsMetadata(value),
  };
}

/**
 * IPTC ninjs 1.x, 2.x or 3.x, one object or an array of them (a batch). The format is `ninjs-3` when the first
 * object names the 3.x schema or uses its camelCase fields, `ninjs-2` when it uses the 2.x arrays, else `ninjs-1`.
 */
export function parseNinjs(value: unknown, context: DecodeContext = {}): WireDocument {
  const values = Array.isArray(value) ? value : [value];
  if (!values.every(isObject))
    throw new AppError('UNSUPPORTED_FORMAT', 'a ninjs document is an object or an array of objects');
  const lowered = values.map((v) => lowerCaseKeys(v) as Json);
  const format = isNinjs3(values[0]!) ? 'ninjs-3' : isNinjs2(lowered[0]!) ? 'ninjs-2' : 'ninjs-1';
  return { format, items: lowered.map((v, i) => toWireItem(toCandidate(v), i, context)) };
}

/** A plain `application/json` body is ninjs when its (first) object has `uri` and no native `externalId`. */
export function looksLikeNinjs(value: unknown): boolean {
  const first = Array.isArray(value) ? value[0] : value;
  return isObject(first) && typeof first.uri === 'string' && !('externalId' in first);
}
