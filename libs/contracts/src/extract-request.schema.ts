import { z } from 'zod';
import type { Entity } from './enriched-article.schema.js';
import { langField } from './field-rules.js';

/**
 * The most text entity extraction reads, in UTF-16 code units: an article's entities come from its first 200,000
 * characters (news is a few thousand). The cost of a text grows with its new names (about 1 ms each, for the
 * morphology), and a hostile body of invented surnames must not hold a processor for minutes.
 */
export const EXTRACT_TEXT_LIMIT = 200_000;

/** `POST /v1/extract` on the processor: plain text, and its language when the caller knows it. */
export const ExtractRequestSchema = z.object({
  text: z.string().min(1, 'must not be empty').max(EXTRACT_TEXT_LIMIT),
  lang: langField.optional(),
});

export type ExtractRequest = z.infer<typeof ExtractRequestSchema>;

/** The answer: the language used (given or detected) and the entities, with offsets into `text`. */
export interface ExtractResponse {
  lang: string;
  entities: Entity[];
}
