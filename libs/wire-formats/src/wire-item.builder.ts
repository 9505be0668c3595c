import { ArticleMetadataSchema, ArticleSubmissionSchema, validate } from '@app/contracts';
import { AppError } from '@app/errors';
import { z } from 'zod';
import { cleanMetadata } from './metadata-fields.js';
import { optionalDateOf, publicationDateOf, type NamedDate } from './item-date.js';
import { externalIdOf, langOf, linkOf } from './item-link.js';
import type { DecodeContext, DecodedEntry, MetadataCandidate, Repair, WireItem } from './wire-document.js';

/** What a format parser found for one item, before normalisation and validation. */
export interface WireCandidate {
  externalId?: string;
  title?: string;
  body?: string;
  url?: string;
  publishedAt?: string;
  /** The item's dates in order of preference, by field name; the first is its own publication date. Overrides `publishedAt`. */
  dates?: readonly NamedDate[];
  lang?: string;
  version?: string | number;
  pubStatus?: string;
  embargoedUntil?: string;
  versionCreated?: string;
  sourceIds?: Record<string, string | undefined>;
  metadata?: MetadataCandidate;
}

/** What a parser knows beyond one item: the channel's dates and the bases for relative links. */
export interface ItemContext extends DecodeContext {
  /** The channel's or feed's dates, the fallback for an item without one (`channel.lastBuildDate`…). */
  channelDates?: readonly NamedDate[];
  /** Bases for a relative link, in order: `xml:base`, the item's and the channel's links. */
  linkBases?: readonly (string | undefined)[];
}

// Versions are PostgreSQL `integer` in the ledger and the store; G2 and ninjs set no cap (Reuters writes 263518268).
const MAX_VERSION = 2_147_483_647;

const WireItemSchema = ArticleSubmissionSchema.omit({ source: true })
  .required({ pubStatus: true })
  .extend({
    version: z.int().min(1).max(MAX_VERSION),
    sourceIds: z.record(z.string(), z.string()).optional(),
    metadata: ArticleMetadataSchema.optional(),
    publishedAtSource: z
      .object({ field: z.string(), fallback: z.boolean(), assumedZone: z.string().optional() })
      .optional(),
  });

function versionOf(value: string | number | undefined): number | string {
  if (value === undefined || value === '') return 1;
  return typeof value === 'number' ? value : /^\d+$/.test(value.trim()) ? Number(value.trim()) : value;
}

// Status codes may come qualified (`stat:canceled`, `canceled`); the pipeline knows the bare three.
function pubStatusOf(value: string | undefined): string {
  return (
    value
      ?.trim()
      .replace(/^[\w-]+:/, '')
      .toLowerCase() || 'usable'
  );
}

function withoutEmpty(record: Record<string, string | undefined> | undefined): Record<string, string> | undefined {
  const entries = Object.entries(record ?? {}).filter(
    (e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== '',
  );
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function repaired(candidate: WireCandidate, context: ItemContext, repairs: Repair[]) {
  const zone = context.timeZone ?? 'UTC';
  const dates = [...(candidate.dates ?? [['publishedAt', candidate.publishedAt]]), ...(context.channelDates ?? [])];
  const url = linkOf(candidate.url, [...(context.linkBases ?? []), context.documentUrl], repairs);
  return {
    // An RSS item identified by its link is identified by the link resolved, so that feeds cannot collide.
    externalId: externalIdOf(
      candidate.externalId === candidate.url ? (url ?? candidate.externalId) : candidate.externalId,
      url,
      candidate,
      repairs,
    ),
    url,
    lang: langOf(candidate.lang, repairs),
    ...publicationDateOf(dates, zone, context.receivedAt ?? new Date(), repairs),
    embargoedUntil: optionalDateOf('embargoedUntil', candidate.embargoedUntil, zone, repairs),
    versionCreated: optionalDateOf('versionCreated', candidate.versionCreated, zone, repairs),
  };
}

/**
 * Normalises a candidate, repairs what can be repaired (dates, links, a missing id; see docs/feeds.md) and
 * validates it against the intake contract. The repairs are returned with the item.
 */
export function toWireItem(candidate: WireCandidate, index: number, context: ItemContext = {}): DecodedEntry {
  const repairs: Repair[] = [];
  const { dates: _, ...fields } = candidate;
  const value = defined({
    ...fields,
    ...repaired(candidate, context, repairs),
    version: versionOf(candidate.version),
    pubStatus: pubStatusOf(candidate.pubStatus),
    sourceIds: withoutEmpty(candidate.sourceIds),
    metadata: cleanMetadata(candidate.metadata),
  });
  try {
    const item: WireItem = validate(WireItemSchema, value);
    return repairs.length > 0 ? { index, item, repairs } : { index, item };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { index, error: { code: error.code, message: error.message, errors: error.issues } };
  }
}
