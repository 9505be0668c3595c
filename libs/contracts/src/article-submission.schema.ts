import { normaliseTitle } from '@app/nlp';
import { z } from 'zod';
import { articleIdentityFields, isoDateTimeField, langField, pubStatusField, storableText } from './field-rules.js';

/** The native JSON article a wire feed posts to `POST /v1/articles`. */
export const ArticleSubmissionSchema = z.object({
  ...articleIdentityFields,
  // A title of markup alone (`<b></b>`) normalises to nothing, which the enriched contract refuses: it would be
  // a 202 for an article the store can never hold.
  title: articleIdentityFields.title.refine(
    (t) => t === '' || normaliseTitle(t).length > 0,
    'must have visible text, not only markup',
  ),
  body: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(2_000_000)
    .refine(storableText, 'must not contain NUL characters or unpaired surrogates'),
  lang: langField.optional(),
  version: z.int().min(1).max(1_000_000).optional(),
  pubStatus: pubStatusField.optional(),
  versionCreated: isoDateTimeField.optional(),
});

export type ArticleSubmission = z.infer<typeof ArticleSubmissionSchema>;
