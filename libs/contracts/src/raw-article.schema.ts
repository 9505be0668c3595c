import { z } from 'zod';
import { ArticleMetadataSchema } from './article-metadata.schema.js';
import { articleIdentityFields, isoDateTimeField, langField, pubStatusField } from './field-rules.js';

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
  /**
   * Where `publishedAt` came from, when a wire format's decoder chose it: the element or attribute read
   * (`pubDate`, `channel.lastBuildDate`, `receivedAt`…), whether that is a fallback because the item's own
   * publication date was missing or unreadable, and the zone assumed for a date written without one.
   */
  publishedAtSource: z
    .object({ field: z.string().min(1), fallback: z.boolean(), assumedZone: z.string().min(1).optional() })
    .optional(),
  receivedAt: isoDateTimeField,
  lineage: z.object({
    format: z.string().min(1),
    payloadHash: z.string().regex(/^[0-9a-f]{64}$/),
  }),
});

export type RawArticle = z.infer<typeof RawArticleSchema>;
