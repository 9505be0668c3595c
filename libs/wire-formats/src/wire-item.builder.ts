import { ArticleMetadataSchema, ArticleSubmissionSchema, validate } from '@app/contracts';
import { AppError } from '@app/errors';
import { z } from 'zod';
import { normaliseDateTime } from './wire-date.js';
import { cleanMetadata } from './metadata-fields.js';
import type { MetadataCandidate, WireDocument, WireItem } from './wire-document.js';

/** What a format parser found for one item, before normalisation and validation. */
export interface WireCandidate {
  externalId?: string;
  title?: string;
  body?: string;
  url?: string;
  publishedAt?: string;
  lang?: string;
  version?: string | number;
  pubStatus?: string;
  embargoedUntil?: string;
  versionCreated?: string;
  sourceIds?: Record<string, string | undefined>;
  metadata?: MetadataCandidate;
}

const WireItemSchema = ArticleSubmissionSchema.omit({ source: true })
  .required({ pubStatus: true })
  .extend({
    version: z.int().min(1).max(1_000_000),
    sourceIds: z.record(z.string(), z.string()).optional(),
    metadata: ArticleMetadataSchema.optional(),
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

// Wire feeds write `RU` or `ru_RU`; BCP 47 wants `ru`, `ru-RU`.
function langOf(value: string | undefined): string | undefined {
  const [primary, ...rest] = value?.trim().split(/[-_]/) ?? [];
  return primary ? [primary.toLowerCase(), ...rest].join('-') : undefined;
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

/** Normalises a candidate and validates it against the intake contract. */
export function toWireItem(candidate: WireCandidate, index: number): WireDocument['items'][number] {
  const value = defined({
    ...candidate,
    lang: langOf(candidate.lang),
    version: versionOf(candidate.version),
    pubStatus: pubStatusOf(candidate.pubStatus),
    publishedAt: normaliseDateTime(candidate.publishedAt),
    embargoedUntil: normaliseDateTime(candidate.embargoedUntil),
    versionCreated: normaliseDateTime(candidate.versionCreated),
    sourceIds: withoutEmpty(candidate.sourceIds),
    metadata: cleanMetadata(candidate.metadata),
  });
  try {
    const item: WireItem = validate(WireItemSchema, value);
    return { index, item };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { index, error: { code: error.code, message: error.message, errors: error.issues } };
  }
}
