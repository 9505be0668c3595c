import { z } from 'zod';
import type { Entity } from './enriched-article.schema.js';
import { langField } from './field-rules.js';

/** `POST /v1/extract` on the processor: plain text, and its language when the caller knows it. */
export const ExtractRequestSchema = z.object({
  text: z.string().min(1, 'must not be empty').max(1_000_000),
  lang: langField.optional(),
});

export type ExtractRequest = z.infer<typeof ExtractRequestSchema>;

/** The answer: the language used (given or detected) and the entities, with offsets into `text`. */
export interface ExtractResponse {
  lang: string;
  entities: Entity[];
}
