import { z } from 'zod';
import { NINJS_ITEM, ninjsContent, ninjsFormat, ninjsStory } from './openapi.ninjs.js';
import {
  ArticleIdParams,
  ArticleListQuery,
  ArticleViewQuery,
  ChangeFeedQuery,
  EntityDetailQuery,
  EntityKeyParams,
  EntityListQuery,
  MAX_CHANGES_PAGE,
  MAX_PAGE_SIZE,
  StoryIdParams,
  StoryQuery,
} from '../query/query.params.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const uuid = { type: 'string', format: 'uuid' };
const dateTime = { type: 'string', format: 'date-time' };
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});
const ok = (schema: object) => ({ description: 'OK', content: { 'application/json': { schema } } });

/**
 * A route's parameters, each schema generated from the zod schema its controller validates with (the input side),
 * so the document cannot drift from what is accepted; the type makes every parameter need a description.
 */
function parameters<T extends z.ZodObject>(
  where: 'query' | 'path',
  schema: T,
  descriptions: Record<keyof z.input<T> & string, string>,
) {
  const json = z.toJSONSchema(schema, { io: 'input' }) as { properties: Record<string, object>; required?: string[] };
  return Object.entries<string>(descriptions).map(([name, description]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    description,
    schema: json.properties[name],
  }));
}
const page = (item: string) => ({
  type: 'object',
  required: ['items', 'nextCursor'],
  properties: { items: { type: 'array', items: ref(item) }, nextCursor: { type: ['string', 'null'] } },
});

const limit = `Page size, 1-${MAX_PAGE_SIZE} (default 20)`;
const cursor = 'The `nextCursor` of the previous page';
const errors = {
  '400': problem('A parameter is invalid; `errors[].field` names it'),
  '401': problem('No read key, or one that is not valid or has been revoked (`UNAUTHENTICATED`)'),
  '503': problem('The database is unavailable; retry after `Retry-After`'),
};
/** The routes that negotiate a format refuse an `Accept` they cannot satisfy. */
const notAcceptable = {
  '406': problem('`Accept` names no format served, such as ninjs 1 or `text/html` alone (`NOT_ACCEPTABLE`)'),
};

const articleSummary = {
  type: 'object',
  properties: {
    id: uuid,
    source: { type: 'string' },
    externalId: { type: 'string' },
    version: { type: 'integer' },
    status: { enum: ['active', 'killed'] },
    pubStatus: { enum: ['usable', 'withheld', 'canceled'] },
    title: { type: 'string' },
    lang: { type: 'string' },
    url: { type: ['string', 'null'] },
    canonicalUrl: { type: ['string', 'null'] },
    publishedAt: dateTime,
    embargoedUntil: { type: ['string', 'null'], format: 'date-time' },
    receivedAt: dateTime,
    processedAt: dateTime,
    storedAt: dateTime,
    contentHash: { type: 'string' },
    storyId: uuid,
    duplicate: { enum: ['unique', 'exact', 'near'] },
    processor: { type: 'object', properties: { version: { type: 'string' }, model: { type: 'string' } } },
  },
};

const entitySummary = {
  type: 'object',
  properties: {
    key: uuid,
    type: { enum: ['PER', 'ORG', 'LOC'] },
    name: { type: 'string' },
    articleCount: { type: 'integer' },
  },
};

const schemas = {
  Problem: {
    type: 'object',
    required: ['type', 'title', 'status', 'code', 'detail'],
    properties: {
      type: { type: 'string' },
      title: { type: 'string' },
      status: { type: 'integer' },
      code: { type: 'string' },
      detail: { type: 'string' },
      instance: { type: 'string' },
      errors: {
        type: 'array',
        items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } },
      },
    },
  },
  ArticleSummary: articleSummary,
  KilledArticle: {
    type: 'object',
    description: 'A killed article: its title, text and entities are withheld, as the agency requires',
    properties: {
      id: uuid,
      source: { type: 'string' },
      externalId: { type: 'string' },
      version: { type: 'integer' },
      status: { const: 'killed' },
      pubStatus: { const: 'canceled' },
      publishedAt: dateTime,
      killedAt: dateTime,
      storyId: uuid,
    },
  },
  Article: {
    allOf: [
      articleSummary,
      {
        type: 'object',
        properties: {
          text: { type: 'string' },
          lineage: {
            type: 'object',
            description: 'format, payloadHash, and {topic, partition, offset} of the raw and enriched stages',
          },
          metadata: {
            type: 'object',
            description:
              "The agency's subjects, keywords, genres, urgency, priority, byline, people, summary, headlines, dateline, located, copyright, usageTerms and media (docs/wire-metadata.md); {} when none",
          },
          publishedAtSource: {
            type: ['object', 'null'],
            description:
              'Which date the intake used for publishedAt and why (docs/feeds.md): the field read, whether it is a fallback for a missing or unreadable publication date, and the zone assumed for a date written without one; null when the intake did not say',
            properties: { field: { type: 'string' }, fallback: { type: 'boolean' }, assumedZone: { type: 'string' } },
            required: ['field', 'fallback'],
          },
          entities: {
            type: 'array',
            items: {
              allOf: [
                entitySummary,
                {
                  type: 'object',
                  properties: {
                    count: { type: 'integer' },
                    mentions: {
                      type: 'array',
                      items: {
                        type: 'object',
                        properties: { start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' } },
                      },
                    },
                  },
                },
              ],
            },
          },
        },
      },
    ],
  },
  NinjsItem: NINJS_ITEM,
  EntitySummary: entitySummary,
  Entity: {
    allOf: [
      entitySummary,
      {
        type: 'object',
        properties: {
          names: {
            type: 'object',
            description: 'Every name the entity was stored under, by article language (`ru`, `en`)',
            additionalProperties: { type: 'array', items: { type: 'string' } },
          },
          timeline: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                day: { type: 'string', format: 'date' },
                articles: { type: 'integer' },
                mentions: { type: 'integer' },
              },
            },
          },
          related: {
            type: 'array',
            items: { allOf: [entitySummary, { type: 'object', properties: { sharedArticles: { type: 'integer' } } }] },
          },
        },
      },
    ],
  },
};

const listed = {
  ...page('ArticleSummary'),
  properties: {
    ...page('ArticleSummary').properties,
    items: { type: 'array', items: { oneOf: [ref('ArticleSummary'), ref('KilledArticle')] } },
  },
};
const listedNinjs = {
  ...page('NinjsItem'),
  description: 'With format=ninjs or ninjs3, or a ninjs Accept: the same page, its items ninjs items',
};

const paths = {
  '/v1/articles': {
    get: {
      summary: 'Articles, newest first (published time, then id) or by relevance to q, in keyset pages',
      parameters: parameters('query', ArticleListQuery, {
        source: 'Agency identifier',
        lang: 'Exact language tag (`ru`, `en-GB`)',
        status: 'active or killed (default: both)',
        entity: 'An entity key, or a canonical name together with entityType',
        entityType: 'PER, ORG or LOC; required when entity is a name',
        q: 'Full-text search (web search syntax: words, "phrases", OR, -not), stemmed per language',
        from: 'Published at or after (ISO 8601 with offset)',
        to: 'Published before',
        story: 'Story (near-duplicate cluster) id',
        subject: "A subject's code (`medtop:11000000`) or URI",
        urgency: 'Urgency at most this (1 is the most urgent)',
        genre: "A genre's code, URI or name",
        byline: "A maker's exact name, or words of the byline (case-insensitive)",
        limit,
        cursor,
        format: ninjsFormat,
        sort:
          'With q: `relevance` (default; ts_rank over the stems and word forms searched, among the 300 newest ' +
          'matches, the older matches following newest first) or `published` (newest first). Without q: newest first',
      }),
      responses: {
        '200': ok({ oneOf: [listed, listedNinjs] }),
        '403': problem('The key is limited to other sources than `source` (`FORBIDDEN_SOURCE`)'),
        ...notAcceptable,
        ...errors,
      },
    },
  },
  '/v1/articles/{id}': {
    get: {
      summary: 'One article with its text, lineage, entities and mentions',
      parameters: [
        ...parameters('path', ArticleIdParams, { id: 'Article id' }),
        ...parameters('query', ArticleViewQuery, { format: ninjsFormat }),
      ],
      responses: {
        '200': {
          description: 'OK',
          headers: { Vary: { schema: { type: 'string', const: 'Accept' } } },
          content: {
            'application/json': { schema: { oneOf: [ref('Article'), ref('KilledArticle')] } },
            ...ninjsContent(ref('NinjsItem')),
          },
        },
        '404': problem('No such article, or one under embargo or of a source the key may not read'),
        ...notAcceptable,
        ...errors,
      },
    },
  },
  '/v1/entities': {
    get: {
      summary: 'Entities by a prefix of any word of any of their names, most mentioned first',
      parameters: parameters('query', EntityListQuery, {
        prefix:
          'Each word starts a word of a name, in any case form and either script (Миннихан, Минниханова, Minnikhanov)',
        type: 'PER, ORG or LOC',
        limit,
        cursor,
      }),
      responses: { '200': ok(page('EntitySummary')), ...errors },
    },
  },
  '/v1/entities/{key}': {
    get: {
      summary: 'One entity: article count, daily timeline, and the entities most often mentioned with it',
      parameters: [
        ...parameters('path', EntityKeyParams, { key: 'Entity key' }),
        ...parameters('query', EntityDetailQuery, { from: 'Window start for timeline and related', to: 'Window end' }),
      ],
      responses: { '200': ok(ref('Entity')), '404': problem('No such entity'), ...errors },
    },
  },
  '/v1/changes': {
    get: {
      summary:
        'Every insert, new version, kill and re-enrichment of an article, each once, in an order fixed for every ' +
        'reader, resumable from `nextCursor` (always given; an empty page means caught up). Changes made under ' +
        'embargo are served once the embargo has passed. Fetch each changed article by id to mirror the store.',
      parameters: parameters('query', ChangeFeedQuery, {
        after: 'The `nextCursor` of the previous page; from the first change without it',
        limit: `Page size, 1-${MAX_CHANGES_PAGE} (default 100)`,
      }),
      responses: {
        '200': ok({
          type: 'object',
          required: ['items', 'nextCursor'],
          properties: {
            items: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  articleId: uuid,
                  source: { type: 'string' },
                  version: { type: 'integer' },
                  change: { enum: ['created', 'version', 'killed', 'enriched'] },
                  changedAt: dateTime,
                },
              },
            },
            nextCursor: { type: 'string' },
          },
        }),
        ...errors,
      },
    },
  },
  '/v1/stories/{storyId}': {
    get: {
      summary: 'The articles of one near-duplicate cluster, across agencies, newest first',
      parameters: [
        ...parameters('path', StoryIdParams, { storyId: 'Story id (the id of its first article)' }),
        ...parameters('query', StoryQuery, { limit, cursor, format: ninjsFormat }),
      ],
      responses: {
        '200': {
          description: 'OK',
          headers: {
            Vary: { schema: { type: 'string', const: 'Accept' } },
            Link: { description: 'ninjs only: the next page, `rel="next"`', schema: { type: 'string' } },
          },
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: { storyId: uuid, items: listed.properties.items, nextCursor: { type: ['string', 'null'] } },
              },
            },
            ...ninjsContent(ninjsStory),
          },
        },
        '404': problem('No such story'),
        ...notAcceptable,
        ...errors,
      },
    },
  },
};

/**
 * The store's read API (OpenAPI 3.1): the response bodies described by hand, the parameters generated from their zod
 * schemas. Served at `/v1/openapi.json` and browsable at `/docs`.
 */
export const OPENAPI_DOCUMENT = {
  openapi: '3.1.0',
  info: {
    title: 'news-pipeline store',
    version: '1.0.0',
    description:
      'Enriched news articles, their entities and stories. Errors are application/problem+json (RFC 9457). ' +
      'Every route but health, metrics and this description needs a read key (`Authorization: Bearer <key>`, ' +
      'scope `read`); articles under embargo are invisible until their time, killed ones keep only their identity. ' +
      'Articles and stories are also served as IPTC ninjs 2.4 (`Accept: application/ninjs+json` or ' +
      '`format=ninjs`) and ninjs 3.3 (`Accept: application/ninjs+json; version=3` or `format=ninjs3`).',
  },
  paths,
  security: [{ readKey: [] }],
  components: {
    schemas,
    securitySchemes: {
      readKey: {
        type: 'http',
        scheme: 'bearer',
        description:
          'A read key: `npm run -s apikey -- create-read NAME [--admin] [--sources a,b]`, or READ_API_KEYS / ' +
          'ADMIN_API_KEYS for local runs. Scopes: `read` (articles, entities, stories), `admin` (also the ' +
          "operators' routes). A key limited to sources sees only their articles.",
      },
    },
  },
} as const;
