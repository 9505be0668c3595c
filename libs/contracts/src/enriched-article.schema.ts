import { z } from 'zod';
import { ArticleMetadataSchema } from './article-metadata.schema.js';
import {
  articleIdentityFields,
  isoDateTimeField,
  pubStatusField,
  publishedAtSourceField,
  urlField,
} from './field-rules.js';

const MentionSchema = z.object({ start: z.int().min(0), end: z.int().min(0), text: z.string() });

export const EntitySchema = z.object({
  type: z.enum(['PER', 'ORG', 'LOC']),
  name: z.string().min(1),
  count: z.int().min(1),
  mentions: z.array(MentionSchema),
  /**
   * The entity's cross-script key (`entityKey(type, name)`): the same UUID for its Russian and English names.
   * Absent on messages from processors before 0.5.0; a consumer computes it with `entityKey` then.
   */
  key: z
    .uuid()
    .describe('Cross-script entity key: the same UUID for the Russian and English names of one entity.')
    .optional(),
});

const OffsetSchema = z.object({ topic: z.string(), partition: z.int().min(0), offset: z.string().regex(/^\d+$/) });

/** A message on `news.articles.enriched.v1`: a normalised article with the entities it mentions. */
export const EnrichedArticleSchema = z.object({
  id: z.uuid(),
  ...articleIdentityFields,
  version: z.int().min(1),
  pubStatus: pubStatusField,
  text: z.string(),
  lang: z.string().min(2),
  /** `url` without tracking parameters, fragment or default port, parameters sorted. */
  canonicalUrl: urlField.optional(),
  /** The raw article's metadata, passed through unchanged. */
  metadata: ArticleMetadataSchema.optional(),
  /** The raw article's date provenance, passed through unchanged. */
  publishedAtSource: publishedAtSourceField.optional(),
  receivedAt: isoDateTimeField,
  processedAt: isoDateTimeField,
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** The near-duplicate cluster: the id of its first article (the head); an article heading its own story has its own id. */
  storyId: z.uuid(),
  /** `exact`: same text as an earlier article; `near`: a light edit or the same story from another agency. */
  duplicate: z.enum(['unique', 'exact', 'near']),
  entities: z.array(EntitySchema),
  processor: z.object({ version: z.string(), model: z.string() }),
  lineage: z.object({
    format: z.string(),
    payloadHash: z.string().regex(/^[0-9a-f]{64}$/),
    raw: OffsetSchema,
  }),
});

export type EnrichedArticle = z.infer<typeof EnrichedArticleSchema>;
export type Entity = z.infer<typeof EntitySchema>;
