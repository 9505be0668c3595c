import { z } from 'zod';
import { ArticleSubmissionSchema } from './article-submission.schema.js';
import { CloudEventHeadersSchema } from './cloud-event.headers.js';
import { DeadLetterHeadersSchema } from './dead-letter.headers.js';
import { EnrichedArticleSchema } from './enriched-article.schema.js';
import { ExtractRequestSchema } from './extract-request.schema.js';
import { RawArticleSchema } from './raw-article.schema.js';

/**
 * Every published contract by file name: the topic messages, their headers and the HTTP request bodies. The JSON
 * Schemas under `libs/contracts/schemas/` are generated from these (`npm run contracts:generate`), never edited.
 */
export const CONTRACT_SCHEMAS = {
  'raw-article': RawArticleSchema,
  'enriched-article': EnrichedArticleSchema,
  'dead-letter-headers': DeadLetterHeadersSchema,
  'cloud-event-headers': CloudEventHeadersSchema,
  'article-submission': ArticleSubmissionSchema,
  'extract-request': ExtractRequestSchema,
} as const;

export type ContractName = keyof typeof CONTRACT_SCHEMAS;

/**
 * The JSON Schema of a contract, describing what its parser accepts (zod's input side: a language tag in any case,
 * unknown fields allowed and dropped). Refinements JSON Schema cannot say (visible title text, years 1 to 9999) are
 * checked by the `parse*` functions only, so a message valid here can still be refused there, never the reverse.
 *
 * @example
 * const schema = contractJsonSchema('enriched-article'); // 2020-12, for ajv or any other validator
 */
export function contractJsonSchema(
  name: ContractName,
  target: 'draft-2020-12' | 'draft-7' = 'draft-2020-12',
): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(CONTRACT_SCHEMAS[name], { io: 'input', target });
  return { $schema, $id: `urn:news-pipeline:contracts:${name}`, title: name, ...rest };
}
