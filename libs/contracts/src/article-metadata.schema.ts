import { z } from 'zod';
import { storableText } from './field-rules.js';

/** Agency text as it came: bounded, and storable (no NUL, no lone surrogate), so a 202 never dead-letters later. */
const text = (max: number) =>
  z.string().trim().min(1).max(max).refine(storableText, 'must not contain NUL characters or unpaired surrogates');
const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
/** IPTC urgency and priority: 1 is the most urgent, 9 the least. */
const oneToNine = z.int().min(1).max(9);

/**
 * A concept from a vocabulary: an IPTC Media Topic or Subject Code, an agency's category, an RSS `category`
 * with its `domain`, an Atom `category` with its `scheme`. `code` is the qualified code as sent (`medtop:11000000`),
 * `uri` the concept's full URI where the format gives or implies one.
 */
export const ConceptSchema = z.object({
  code: text(500).optional(),
  uri: text(2_000).optional(),
  scheme: text(2_000).optional(),
  name: text(500).optional(),
  lang: text(35).optional(),
});

/** A person or party who made the item; `role` is the format's own word (`author`, `photographer`, `contributor`). */
export const PersonSchema = z.object({
  name: text(500),
  role: text(200).optional(),
  uri: text(2_000).optional(),
  email: text(320).optional(),
});

/** A picture, video, audio file or other enclosure the item refers to; never downloaded. */
export const MediaSchema = z.object({
  href: text(4_096),
  kind: z.enum(['picture', 'video', 'audio', 'graphic', 'other']),
  type: text(200).optional(),
  rel: text(200).optional(),
  size: count.optional(),
  width: count.optional(),
  height: count.optional(),
  /** Seconds. */
  duration: z.number().min(0).max(1e9).optional(),
  caption: text(10_000).optional(),
  credit: text(1_000).optional(),
});

/**
 * What the agency said about an article beyond its identity, title and body. Every field is optional and the
 * object is additive on the v1 topics: a consumer that does not know it ignores it.
 */
export const ArticleMetadataSchema = z.object({
  subjects: z.array(ConceptSchema).max(500).optional(),
  keywords: z.array(text(500)).max(500).optional(),
  genres: z.array(ConceptSchema).max(50).optional(),
  urgency: oneToNine.optional(),
  priority: oneToNine.optional(),
  /** The byline as printed (`By Anna Petrova in Kazan`). */
  byline: text(1_000).optional(),
  people: z.array(PersonSchema).max(200).optional(),
  summary: text(20_000).optional(),
  /** Headlines beside the title, by role (`subheadline`, `short`, …). */
  headlines: z
    .array(z.object({ role: text(200), value: text(2_000) }))
    .max(20)
    .optional(),
  dateline: text(500).optional(),
  located: ConceptSchema.optional(),
  copyright: z.object({ holder: text(500).optional(), notice: text(2_000).optional() }).optional(),
  usageTerms: text(5_000).optional(),
  media: z.array(MediaSchema).max(200).optional(),
});

export type ArticleMetadata = z.infer<typeof ArticleMetadataSchema>;
export type Concept = z.infer<typeof ConceptSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Media = z.infer<typeof MediaSchema>;
