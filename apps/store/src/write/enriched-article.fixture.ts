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
