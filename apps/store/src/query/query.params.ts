import { z } from 'zod';

/** Most items one page may hold, so every query's cost is bounded. */
export const MAX_PAGE_SIZE = 100;
const DEFAULT_PAGE_SIZE = 20;

/** Within PostgreSQL's and ISO 8601's common years: `0000-01-01T00:00:00Z` matches the pattern, and the database would answer 500. */
const isoDateTime = z.iso
  .datetime({ offset: true, message: 'must be an ISO 8601 date-time with an offset' })
  .refine((v) => {
    const year = new Date(v).getUTCFullYear();
    // Not a date at all: the format check already says so, once.
    return Number.isNaN(year) || (year >= 1 && year <= 9999);
  }, 'must fall within the years 1 to 9999 in UTC');
/** PostgreSQL text cannot hold NUL, so a search for one would fail in the database instead of finding nothing. */
const searchText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max)
    .refine((v) => !v.includes('\u0000'), 'must not contain NUL characters');
const limit = z.coerce
  .number({ message: `must be an integer from 1 to ${MAX_PAGE_SIZE}` })
  .int(`must be an integer from 1 to ${MAX_PAGE_SIZE}`)
  .min(1, `must be an integer from 1 to ${MAX_PAGE_SIZE}`)
  .max(MAX_PAGE_SIZE, `must be an integer from 1 to ${MAX_PAGE_SIZE}`)
  .default(DEFAULT_PAGE_SIZE);
const cursor = z.string().min(1).max(1_000);
/** `json` (the store's own), `ninjs` (IPTC ninjs 2.4) or `ninjs3` (3.3); without it, the `Accept` header decides. */
const format = z.enum(['json', 'ninjs', 'ninjs3'], { message: 'must be json, ninjs or ninjs3' }).optional();
export const entityType = z.enum(['PER', 'ORG', 'LOC'], { message: 'must be PER, ORG or LOC' });

/** `GET /v1/articles` query parameters. */
export const ArticleListQuery = z
  .object({
    source: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'must be a source identifier (1-64 of a-z 0-9 . _ -)')
      .optional(),
    lang: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as "ru" or "en-GB"')
      .optional(),
    status: z.enum(['active', 'killed'], { message: 'must be active or killed' }).optional(),
    entity: searchText(500).optional(),
    entityType: entityType.optional(),
    q: searchText(500).optional(),
    from: isoDateTime.optional(),
    to: isoDateTime.optional(),
    story: z.uuid({ message: 'must be a story id (a UUID)' }).optional(),
    /** A subject's code (`medtop:11000000`) or URI. */
    subject: searchText(2_000).optional(),
    /** At most this urgency: 1 is the most urgent. */
    urgency: z.coerce
      .number({ message: 'must be an integer from 1 to 9' })
      .int('must be an integer from 1 to 9')
      .min(1, 'must be an integer from 1 to 9')
      .max(9, 'must be an integer from 1 to 9')
      .optional(),
    /** A genre's code, URI or name. */
    genre: searchText(2_000).optional(),
    /** A person who made the article (exact name), or words of its byline (case-insensitive). */
    byline: searchText(500).optional(),
    limit,
    cursor: cursor.optional(),
    format,
    /** `relevance` (the default with `q`) or `published` (newest first; the default and only order without `q`). */
    sort: z.enum(['relevance', 'published'], { message: 'must be relevance or published' }).optional(),
  })
  .superRefine((query, ctx) => {
    if (query.sort === 'relevance' && query.q === undefined) {
      ctx.addIssue({ code: 'custom', path: ['sort'], message: 'relevance needs q', input: query.sort });
    }
    if (query.entity !== undefined && !z.uuid().safeParse(query.entity).success && query.entityType === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['entityType'],
        message: 'is required when entity is a name rather than a key',
        input: query.entityType,
      });
    }
    if (query.from !== undefined && query.to !== undefined && Date.parse(query.from) >= Date.parse(query.to)) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be later than from', input: query.to });
    }
  });
export type ArticleListQuery = z.infer<typeof ArticleListQuery>;

export const ArticleIdParams = z.object({ id: z.uuid({ message: 'must be an article id (a UUID)' }) });
/** `GET /v1/articles/:id`: the format to write it in. */
export const ArticleViewQuery = z.object({ format });
export const EntityKeyParams = z.object({ key: z.uuid({ message: 'must be an entity key (a UUID)' }) });
export const StoryIdParams = z.object({ storyId: z.uuid({ message: 'must be a story id (a UUID)' }) });

/** `GET /v1/entities`: a name prefix (case-insensitive) and/or a type, most mentioned first. */
export const EntityListQuery = z.object({
  prefix: searchText(200).optional(),
  type: entityType.optional(),
  limit,
  cursor: cursor.optional(),
});
export type EntityListQuery = z.infer<typeof EntityListQuery>;

/** `GET /v1/entities/:key`: the window of the timeline and co-mentions (all time by default). */
export const EntityDetailQuery = z.object({ from: isoDateTime.optional(), to: isoDateTime.optional() });
export type EntityDetailQuery = z.infer<typeof EntityDetailQuery>;

/** `GET /v1/stories/:storyId`: pages of the cluster's articles. */
export const StoryQuery = z.object({ limit, cursor: cursor.optional(), format });

/** Most changes one page of the feed may hold: a mirror catching up reads in large pages. */
export const MAX_CHANGES_PAGE = 1_000;

/** `GET /v1/changes`: where to resume (the previous page's `nextCursor`; from the start without it). */
export const ChangeFeedQuery = z.object({
  after: cursor.optional(),
  limit: z.coerce
    .number({ message: `must be an integer from 1 to ${MAX_CHANGES_PAGE}` })
    .int(`must be an integer from 1 to ${MAX_CHANGES_PAGE}`)
    .min(1, `must be an integer from 1 to ${MAX_CHANGES_PAGE}`)
    .max(MAX_CHANGES_PAGE, `must be an integer from 1 to ${MAX_CHANGES_PAGE}`)
    .default(100),
});
