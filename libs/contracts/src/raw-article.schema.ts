import { z } from 'zod';
import { ArticleMetadataSchema } from './article-metadata.schema.js';
import {
  articleIdentityFields,
  isoDateTimeField,
  langField,
  pubStatusField,
  publishedAtSourceField,
} from './field-rules.js';

/** A message on `news.articles.raw.v1`: one accepted article as the fetcher received it. */
export const RawArticleSchema = z.object({
  id: z.uuid(),
  ...articleIdentityFields,
  version: z.int().min(1),
  pubStatus: pubStatusField,
  body: z.string().min(1),
  lang: langField.optional(),
  /** When the agency created this version (NewsML-G2 versionCreated, ninjs versioncreated). */
  versionCreated: isoDateTimeField.optional(),
  /** The agency's own identifiers (guid, uri, …), kept for lineage. */
  sourceIds: z.record(z.string(), z.string()).optional(),
  /** The agency's subjects, urgency, bylines, media and the like; absent when the format carried none. */
  metadata: ArticleMetadataSchema.optional(),
  /** Which date the decoder used for `publishedAt` and why; absent when the article came with its own date. */
  publishedAtSource: publishedAtSourceField.optional(),
  receivedAt: isoDateTimeField,
  lineage: z.object({
    format: z.string().min(1),
    payloadHash: z.string().regex(/^[0-9a-f]{64}$/),
  }),
});

export type RawArticle = z.infer<typeof RawArticleSchema>;
