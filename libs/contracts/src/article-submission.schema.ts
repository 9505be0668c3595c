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

/** The native JSON article a wire feed posts to `POST /v1/articles`. */
export const ArticleSubmissionSchema = z.object({
  source: sourceField,
  externalId: externalIdField,
  title: titleField,
  body: z.string().trim().min(1, 'must not be empty').max(2_000_000),
  url: urlField.optional(),
  publishedAt: isoDateTimeField,
  lang: langField.optional(),
  version: z.int().min(1).max(1_000_000).optional(),
  pubStatus: pubStatusField.optional(),
  embargoedUntil: isoDateTimeField.optional(),
  versionCreated: isoDateTimeField.optional(),
});

export type ArticleSubmission = z.infer<typeof ArticleSubmissionSchema>;
