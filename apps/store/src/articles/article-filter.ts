import { AppError } from '@app/errors';
import { z } from 'zod';
import type { ArticleFilter } from './article-list.sql.js';
import { entityKey } from '../write/entity-key.js';
import { decodeCursor, encodeCursor } from '../query/page-cursor.js';
import type { ArticleListQuery } from '../query/query.params.js';

/** A real instant PostgreSQL can hold (years 1–9999): the pattern alone lets `2026-02-30` or year 0 through, and the database would answer 500. */
function isRealInstant(value: string): boolean {
  const [year, month, day, hour, minute, second] = value.split(/[-T:.]/).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, takes years below 100 literally.
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second);
  return (
    year >= 1 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second
  );
}

const instant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/)
  .refine(isRealInstant);
const sortKey = z.tuple([instant, z.uuid()]);
/** A `real` as PostgreSQL writes it (`0.1`, `1e-20`): kept as text so that it reads back as the same value. */
const rankText = z.string().regex(/^\d+(\.\d+)?(e[+-]?\d+)?$/);
/** A relevance cursor: rank, published time and id of the last item, and the floor of the ranked window if any. */
const rankKey = z.union([
  z.tuple([rankText, instant, z.uuid()]),
  z.tuple([rankText, instant, z.uuid(), instant, z.uuid()]),
]);
/** `entities.article_count` is a PostgreSQL integer. */
const MAX_INT4 = 2_147_483_647;

function badCursor(): AppError {
  return new AppError('VALIDATION_FAILED', 'cursor: is not a cursor this API returned', {
    issues: [{ field: 'cursor', message: 'is not a cursor this API returned' }],
  });
}

/** The (published time, id) an article cursor stands for. */
export function decodeArticleCursor(cursor: string): [string, string] {
  const parsed = sortKey.safeParse(decodeCursor(cursor, 2));
  if (!parsed.success) throw badCursor();
  return parsed.data;
}

/**
 * A cursor of a relevance-ordered list: within the ranked window (3 or 5 parts), or past it, where the matches
 * older than the window follow newest first (2 parts, as a published-order cursor).
 */
export function decodeRankCursor(cursor: string): Pick<ArticleFilter, 'after' | 'rankAfter'> {
  const past = sortKey.safeParse(decodeCursor(cursor));
  if (past.success) return { after: past.data };
  const parsed = rankKey.safeParse(decodeCursor(cursor));
  if (!parsed.success) throw badCursor();
  const [rank, at, id, floorAt, floorId] = parsed.data as [string, string, string, string?, string?];
  return { rankAfter: { rank, at, id, floor: floorAt !== undefined ? [floorAt, floorId!] : null } };
}

/** The (article count, key) an entity cursor stands for. */
export function decodeEntityCursor(cursor: string): [number, string] {
  const parsed = z.tuple([z.int().min(0).max(MAX_INT4), z.uuid()]).safeParse(decodeCursor(cursor, 2));
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
  const { entity, entityType, cursor, format: _format, sort, ...rest } = query;
  const filter: ArticleFilter = { ...rest, sort: sort ?? (query.q !== undefined ? 'relevance' : 'published') };
  if (entity !== undefined)
    filter.entityKey = z.uuid().safeParse(entity).success ? entity.toLowerCase() : entityKey(entityType!, entity);
  if (cursor !== undefined)
    Object.assign(
      filter,
      filter.sort === 'relevance' ? decodeRankCursor(cursor) : { after: decodeArticleCursor(cursor) },
    );
  return filter;
}
