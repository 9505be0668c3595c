import { AppError } from '@app/errors';
import { z } from 'zod';
import type { ArticleFilter } from './article-list.sql.js';
import { entityKey } from './entity-key.js';
import { decodeCursor, encodeCursor } from './page-cursor.js';
import type { ArticleListQuery } from './query.params.js';

const sortKey = z.tuple([z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/), z.uuid()]);

function badCursor(): AppError {
  return new AppError('VALIDATION_FAILED', 'cursor: is not a cursor this API returned', { issues: [{ field: 'cursor', message: 'is not a cursor this API returned' }] });
}

/** The (published time, id) an article cursor stands for. */
export function decodeArticleCursor(cursor: string): [string, string] {
  const parsed = sortKey.safeParse(decodeCursor(cursor, 2));
  if (!parsed.success) throw badCursor();
  return parsed.data;
}

/** The (article count, key) an entity cursor stands for. */
export function decodeEntityCursor(cursor: string): [number, string] {
  const parsed = z.tuple([z.int().min(0), z.uuid()]).safeParse(decodeCursor(cursor, 2));
  if (!parsed.success) throw badCursor();
  return parsed.data;
}

export function encodeNext(next: readonly (string | number)[] | null): string | null {
  return next === null ? null : encodeCursor(next);
}

/**
 * The validated query as a database filter: `entity` is a key (UUID) or a canonical name, which with
 * `entityType` gives the key directly (keys are derived, not looked up).
 */
export function toArticleFilter(query: ArticleListQuery): ArticleFilter {
  const { entity, entityType, cursor, ...rest } = query;
  const filter: ArticleFilter = { ...rest };
  if (entity !== undefined) filter.entityKey = z.uuid().safeParse(entity).success ? entity.toLowerCase() : entityKey(entityType!, entity);
  if (cursor !== undefined) filter.after = decodeArticleCursor(cursor);
  return filter;
}
