import { ArticleMetadataSchema, type ArticleMetadata, type Concept, type Media } from '@app/contracts';
import type { z } from 'zod';
import type { MetadataCandidate } from './wire-document.js';

/** The IPTC vocabularies whose codes and URIs we translate into each other, so a filter finds either spelling. */
const IPTC_SCHEMES: Record<string, string> = {
  medtop: 'http://cv.iptc.org/newscodes/mediatopic/',
  subj: 'http://cv.iptc.org/newscodes/subjectcode/',
  genre: 'http://cv.iptc.org/newscodes/genre/',
};

const trimmed = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** A concept with the code and URI each filled in from the other when the vocabulary is an IPTC one. */
export function conceptOf(concept: Partial<Record<keyof Concept, string | undefined>>): Concept | undefined {
  const code = trimmed(concept.code);
  const uri = trimmed(concept.uri);
  const [prefix, local] = code?.includes(':') ? code.split(/:(.*)/s) : [];
  const known = Object.entries(IPTC_SCHEMES).find(([, base]) => uri?.replace(/^https:/, 'http:').startsWith(base));
  const result = {
    // An IPTC URI's code in its usual qcode spelling (`medtop:…`), whatever local code came with it.
    code: known ? `${known[0]}:${uri!.replace(/^https?:\/\/[^/]+\/newscodes\/[^/]+\//, '')}` : code,
    uri: uri ?? (prefix && local && IPTC_SCHEMES[prefix] ? IPTC_SCHEMES[prefix] + local : undefined),
    scheme: trimmed(concept.scheme),
    name: trimmed(concept.name),
    lang: trimmed(concept.lang),
  };
  const defined = Object.fromEntries(Object.entries(result).filter(([, v]) => v !== undefined));
  return defined.code || defined.uri || defined.name ? (defined as Concept) : undefined;
}

/** A non-negative integer from a number or its decimal spelling. */
export function intOf(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? +value : NaN;
  return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

/** Seconds from a number or `hh:mm:ss` / plain-seconds spelling (RSS iTunes, Media RSS). */
export function secondsOf(value: unknown): number | undefined {
  if (typeof value === 'number') return value >= 0 ? value : undefined;
  if (typeof value !== 'string' || !/^\s*\d+(:\d{1,2}){0,2}(\.\d+)?\s*$/.test(value)) return undefined;
  return value
    .trim()
    .split(':')
    .reduce((total, part) => total * 60 + Number(part), 0);
}

/** A media item's kind from its declared kind (`picture`, Media RSS `medium`) or its MIME type. */
export function mediaKindOf(kind: string | undefined, type: string | undefined): Media['kind'] {
  const word = (kind ?? type ?? '').toLowerCase().replace(/^[\w-]+:/, '');
  if (/^(picture|image|photo)/.test(word)) return 'picture';
  if (/^video/.test(word)) return 'video';
  if (/^audio/.test(word)) return 'audio';
  if (/^graphic/.test(word)) return 'graphic';
  return 'other';
}

/** Most entries kept per list; the contract's limit. */
const LIST_LIMIT = 500;
const fieldSchemas = ArticleMetadataSchema.shape;

const isEmptyObject = (v: unknown) => typeof v === 'object' && v !== null && Object.keys(v).length === 0;

// Parsed, without the keys a format left undefined, so `{}` can be told from a value.
function parsed(schema: z.ZodType, value: unknown): unknown {
  const data = schema.safeParse(value).data;
  const clean = data === undefined ? undefined : (JSON.parse(JSON.stringify(data)) as unknown);
  return isEmptyObject(clean) ? undefined : clean;
}

function cleanField(schema: z.ZodType, value: unknown): unknown {
  if (!Array.isArray(value)) return parsed(schema, value);
  const element = (schema as unknown as z.ZodArray<z.ZodType>).element;
  const seen = new Set<string>();
  const kept = value
    .map((v) => parsed(element, v))
    .filter((v) => v !== undefined && !seen.has(JSON.stringify(v)) && !!seen.add(JSON.stringify(v)));
  return kept.length > 0 ? parsed(schema, kept.slice(0, LIST_LIMIT)) : undefined;
}

/** The valid fields of a candidate; `undefined` when none is left. */
export function cleanMetadata(candidate: MetadataCandidate | undefined): ArticleMetadata | undefined {
  const entries = Object.entries(candidate ?? {}).flatMap(([key, value]) => {
    const schema = fieldSchemas[key as keyof typeof fieldSchemas];
    if (value === undefined || !schema) return [];
    const clean = cleanField(schema.unwrap() as z.ZodType, value);
    return clean === undefined ? [] : [[key, clean] as const];
  });
  return entries.length > 0 ? (Object.fromEntries(entries) as ArticleMetadata) : undefined;
}
