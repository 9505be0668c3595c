import { z } from 'zod';
import {
  externalIdField,
  isoDateTimeField,
  langField,
  pubStatusField,
  sourceField,
  titleField,
  urlField,
} from './field-rules.js';

/** A message on `news.articles.raw.v1`: one accepted article as the fetcher received it. */
export const RawArticleSchema = z.object({
  id: z.uuid(),
  source: sourceField,
  externalId: externalIdField,
  version: z.int().min(1),
  pubStatus: pubStatusField,
  title: titleField,
  body: z.string().min(1),
  url: urlField.optional(),
  publishedAt: isoDateTimeField,
  lang: langField.optional(),
  embargoedUntil: isoDateTimeField.optional(),
  /** When the agency created this version (NewsML-G2 versionCreated, ninjs versioncreated). */
  versionCreated: isoDateTimeField.optional(),
  /** The agency's own identifiers (guid, uri, …), kept for lineage. */
  sourceIds: z.record(z.string(), z.string()).optional(),
  receivedAt: isoDateTimeField,
  lineage: z.object({
    format: z.string().min(1),
    payloadHash: z.string().regex(/^[0-9a-f]{64}$/),
  }),
});

export type RawArticle = z.infer<typeof RawArticleSchema>;
