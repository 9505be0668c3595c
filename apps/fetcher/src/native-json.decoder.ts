import { parseArticleSubmission } from '@app/contracts';
import { AppError } from '@app/errors';
import type { DecodedPayload, IntakeItem } from './intake-item.js';

function decodeOne(value: unknown, index: number, source: string): DecodedPayload['items'][number] {
  try {
    const submission = parseArticleSubmission(value);
    if (submission.source !== source) {
      throw new AppError(
        'FORBIDDEN_SOURCE',
        `item ${index} is for source "${submission.source}" but the API key is for "${source}"`,
      );
    }
    const { source: _, ...rest } = submission;
    const item: IntakeItem = { ...rest, version: rest.version ?? 1, pubStatus: rest.pubStatus ?? 'usable' };
    return { index, item };
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'VALIDATION_FAILED') throw error;
    return { index, error: { code: error.code, message: error.message, errors: error.issues } };
  }
}

/**
 * The project's own JSON article, alone or as an array (a batch). Items for another source than the key's
 * fail the whole request (403): a key never publishes for someone else, not even in part.
 */
export function decodeNativeJson(body: unknown, source: string): DecodedPayload {
  if (Array.isArray(body) && body.length === 0) {
    throw new AppError('VALIDATION_FAILED', '(root): an empty batch carries no article', {
      issues: [{ field: '(root)', message: 'an empty batch carries no article' }],
    });
  }
  const values = Array.isArray(body) ? body : [body];
  return {
    format: Array.isArray(body) ? 'native-json-batch' : 'native-json',
    items: values.map((v, i) => decodeOne(v, i, source)),
  };
}
