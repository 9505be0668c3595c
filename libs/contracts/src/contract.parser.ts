import { AppError, type FieldIssue } from '@app/errors';
import type { z } from 'zod';
import { ArticleSubmissionSchema, type ArticleSubmission } from './article-submission.schema.js';
import { EnrichedArticleSchema, type EnrichedArticle } from './enriched-article.schema.js';
import { ExtractRequestSchema, type ExtractRequest } from './extract-request.schema.js';
import { RawArticleSchema, type RawArticle } from './raw-article.schema.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (node, key) =>
      node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined,
    value,
  );
}

function toIssues(error: z.ZodError, input: unknown): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.join('.') : '(root)',
    message: issue.path.length > 0 && valueAt(input, issue.path) === undefined ? 'is required' : issue.message,
  }));
}

/** Validates an already-decoded value, or throws `VALIDATION_FAILED` naming every bad field. */
export function validate<T>(
  schema: z.ZodType<T>,
  value: unknown,
  code: 'VALIDATION_FAILED' | 'CONTRACT_VIOLATION' = 'VALIDATION_FAILED',
): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = toIssues(result.error, value);
  const summary = issues.map((i) => `${i.field}: ${i.message}`).join('; ');
  throw new AppError(code, summary, { issues });
}

function decodeJson(bytes: Buffer | null): unknown {
  if (bytes === null) throw new AppError('UNDECODABLE_MESSAGE', 'the message has no value');
  try {
    return JSON.parse(utf8.decode(bytes));
  } catch (cause) {
    throw new AppError('UNDECODABLE_MESSAGE', `the message is not UTF-8 JSON: ${(cause as Error).message}`, { cause });
  }
}

/** The only way to get a typed request from `POST /v1/extract`'s decoded JSON. */
export function parseExtractRequest(value: unknown): ExtractRequest {
  return validate(ExtractRequestSchema, value);
}

/** The only way to get a typed article from the HTTP intake's decoded JSON. */
export function parseArticleSubmission(value: unknown): ArticleSubmission {
  return validate(ArticleSubmissionSchema, value);
}

/** The only way to get a typed raw article from Kafka bytes. */
export function parseRawArticle(bytes: Buffer | null): RawArticle {
  return validate(RawArticleSchema, decodeJson(bytes), 'CONTRACT_VIOLATION');
}

/** The only way to get a typed enriched article from Kafka bytes. */
export function parseEnrichedArticle(bytes: Buffer | null): EnrichedArticle {
  return validate(EnrichedArticleSchema, decodeJson(bytes), 'CONTRACT_VIOLATION');
}
