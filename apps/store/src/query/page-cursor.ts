import { AppError } from '@app/errors';

/**
 * Opaque keyset cursors: the sort key of the last item of a page, base64url-encoded JSON. The next page starts
 * strictly after it. Where the key never changes (articles: published time and id), rows written meanwhile cause
 * neither gaps nor repeats; where it moves (entities: article count and key), an entity whose count crosses the
 * cursor between two pages is skipped or shown twice.
 *
 * @example
 * decodeCursor(encodeCursor(['2026-11-25T10:00:00.000000Z', 'a3b7…']), 2) // ['2026-11-25T10:00:00.000000Z', 'a3b7…']
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/**
 * Decodes a cursor of `length` parts (of any length when not given), or throws `VALIDATION_FAILED` naming the
 * `cursor` parameter.
 */
export function decodeCursor(cursor: string, length?: number): (string | number)[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      (length === undefined || key.length === length) &&
      key.every((k) => typeof k === 'string' || typeof k === 'number')
    )
      return key;
  } catch {
    // reported below
  }
  throw new AppError('VALIDATION_FAILED', 'cursor: is not a cursor this API returned', {
    issues: [{ field: 'cursor', message: 'is not a cursor this API returned' }],
  });
}
