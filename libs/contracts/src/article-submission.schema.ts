import { z } from 'zod';
import { articleIdentityFields, isoDateTimeField, langField, pubStatusField } from './field-rules.js';

/** The native JSON article a wire feed posts to `POST /v1/articles`. */
export const ArticleSubmissionSchema = z.object({
  ...articleIdentityFields,
  body: z.string().trim().min(1, 'must not be empty').max(2_000_000),
  lang: langField.optional(),
  version: z.int().min(1).max(1_000_000).optional(),
  pubStatus: pubStatusField.optional(),
  versionCreated: isoDateTimeField.optional(),
});

export type ArticleSubmission = z.infer<typeof ArticleSubmissionSchema>;
