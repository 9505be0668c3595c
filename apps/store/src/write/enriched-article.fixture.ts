import { articleId, TOPICS, type EnrichedArticle, type Entity } from '@app/contracts';
import type { Parsed } from '@app/messaging';
import { createHash } from 'node:crypto';

/** An entity as the processor reports it, with one mention per occurrence of `name` in `text`. */
export function mentionsOf(text: string, type: Entity['type'], name: string, surface = name): Entity {
  const mentions: Entity['mentions'] = [];
  for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length)) {
    mentions.push({ start: at, end: at + surface.length, text: surface });
  }
  return { type, name, count: Math.max(1, mentions.length), mentions };
}

/** A valid enriched article for tests; `contentHash` follows the text and `id` the (source, externalId). */
export function enrichedArticle(
  overrides: Partial<EnrichedArticle> & { source: string; externalId: string },
): EnrichedArticle {
  const text = overrides.text ?? `Text of ${overrides.externalId}.`;
  const id = articleId(overrides.source, overrides.externalId);
  return {
    id,
    version: 1,
    pubStatus: 'usable',
    title: `Title of ${overrides.externalId}`,
    lang: 'en',
    publishedAt: '2026-11-25T10:00:00.000Z',
    receivedAt: '2026-11-25T10:00:01.000Z',
    processedAt: '2026-11-25T10:00:02.000Z',
    storyId: id,
    duplicate: 'unique',
    entities: [],
    processor: { version: '0.1.0', model: 'test-model' },
    lineage: {
      format: 'native-json',
      payloadHash: 'a'.repeat(64),
      raw: { topic: TOPICS.rawArticles, partition: 0, offset: '0' },
    },
    ...overrides,
    text,
    contentHash: createHash('sha256').update(text).digest('hex'),
  };
}

/** The article as the consumer hands it to the store, read from `offset` of the enriched topic. */
export function consumed(value: EnrichedArticle, offset = 0): Parsed<EnrichedArticle> {
  return {
    value,
    origin: {
      topic: TOPICS.enrichedArticles,
      partition: 0,
      offset: String(offset),
      key: Buffer.from(value.id),
      value: Buffer.from(JSON.stringify(value)),
      headers: {},
      timestamp: '0',
    },
  };
}

/**
 * Rows of `toWriteBatch(...).articles` inserted as a schema before `1766300000000-search-once-per-content` takes
 * them (`search` generated): what migration specs seed their old schema with, the write path's upsert being newer.
 */
export const INSERT_ARTICLES_WITH_GENERATED_SEARCH = `
  INSERT INTO articles (id, source, external_id, version, pub_status, title, text, lang, url, canonical_url,
    published_at, embargoed_until, received_at, processed_at, content_hash, story_id, duplicate,
    processor_version, model_version, lineage, metadata, published_at_source)
  SELECT id, source, external_id, version, pub_status, title, text, lang, url, canonical_url,
    published_at, embargoed_until, received_at, processed_at, content_hash, story_id, duplicate,
    processor_version, model_version, lineage, coalesce(metadata, '{}'), published_at_source
  FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, source text, external_id text, version integer, pub_status text,
    title text, text text, lang text, url text, canonical_url text, published_at timestamptz, embargoed_until timestamptz,
    received_at timestamptz, processed_at timestamptz, content_hash text, story_id uuid, duplicate text,
    processor_version text, model_version text, lineage jsonb, metadata jsonb, published_at_source jsonb)`;
