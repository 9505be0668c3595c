import type { EnrichedArticle } from '@app/contracts';
import type { Parsed } from '@app/messaging';
import { canonicalName, entityKey } from './entity-key.js';
import { nameLanguage, nameTerms } from './entity-names.js';

/** The rows of one write transaction, each list one JSON parameter of a set-based statement. */
export interface WriteBatch {
  articles: Record<string, unknown>[];
  entities: { key: string; type: string; name: string }[];
  /** Each entity's names per language, with their search terms. */
  names: { entity_key: string; lang: string; name: string; terms: string[] }[];
  links: { article_id: string; entity_key: string; count: number; mentions: unknown[]; published_at: string }[];
}

/** Of several deliveries of one article in a batch, the one that must win: highest version, then latest processing. */
export function newest(articles: readonly Parsed<EnrichedArticle>[]): Parsed<EnrichedArticle>[] {
  const byId = new Map<string, Parsed<EnrichedArticle>>();
  for (const article of articles) {
    const a = article.value;
    const b = byId.get(a.id)?.value;
    if (
      !b ||
      a.version > b.version ||
      (a.version === b.version && Date.parse(a.processedAt) >= Date.parse(b.processedAt))
    )
      byId.set(a.id, article);
  }
  return [...byId.values()];
}

/**
 * The deliveries to write, in rounds, so a batch has the effect of its messages one by one: the newest of each
 * article last; before it, where that one is a kill, the newest other delivery of the article in the batch (the
 * version the kill then keeps, as it would had the two come in separate batches).
 */
export function writeRounds(articles: readonly Parsed<EnrichedArticle>[]): Parsed<EnrichedArticle>[][] {
  const winners = newest(articles);
  const killed = new Set(winners.filter((w) => w.value.pubStatus === 'canceled').map((w) => w.value.id));
  if (killed.size === 0) return [winners];
  const beforeKill = newest(articles.filter((a) => killed.has(a.value.id) && a.value.pubStatus !== 'canceled'));
  return beforeKill.length === 0 ? [winners] : [beforeKill, winners];
}

function toArticleRow({ value: a, origin }: Parsed<EnrichedArticle>): Record<string, unknown> {
  return {
    id: a.id,
    source: a.source,
    external_id: a.externalId,
    version: a.version,
    pub_status: a.pubStatus,
    title: a.title,
    text: a.text,
    lang: a.lang,
    url: a.url ?? null,
    canonical_url: a.canonicalUrl ?? null,
    published_at: a.publishedAt,
    embargoed_until: a.embargoedUntil ?? null,
    received_at: a.receivedAt,
    processed_at: a.processedAt,
    content_hash: a.contentHash,
    story_id: a.storyId,
    duplicate: a.duplicate,
    processor_version: a.processor.version,
    model_version: a.processor.model,
    metadata: a.metadata ?? {},
    published_at_source: a.publishedAtSource ?? null,
    lineage: { ...a.lineage, enriched: { topic: origin.topic, partition: origin.partition, offset: origin.offset } },
  };
}

/** One link per (article, entity): an extractor naming the same entity twice has its counts and mentions merged. */
function linksOf(
  a: EnrichedArticle,
  entities: Map<string, WriteBatch['entities'][number]>,
  names: Map<string, WriteBatch['names'][number]>,
): WriteBatch['links'] {
  const links = new Map<string, WriteBatch['links'][number]>();
  const lang = nameLanguage(a.lang);
  for (const entity of a.entities) {
    const name = canonicalName(entity.name);
    // The processor's cross-script key when it sent one (0.5.0 on), else the same key computed here.
    const key = entity.key ?? entityKey(entity.type, name);
    if (!entities.has(key)) entities.set(key, { key, type: entity.type, name });
    names.set(JSON.stringify([key, lang, name]), { entity_key: key, lang, name, terms: nameTerms(name) });
    const link = links.get(key);
    if (link) {
      link.count += entity.count;
      link.mentions.push(...entity.mentions);
    } else {
      links.set(key, {
        article_id: a.id,
        entity_key: key,
        count: entity.count,
        mentions: [...entity.mentions],
        published_at: a.publishedAt,
      });
    }
  }
  return [...links.values()];
}

/** The rows to write for a batch: the winning delivery of each article, its entities and its links. */
export function toWriteBatch(articles: readonly Parsed<EnrichedArticle>[]): WriteBatch {
  const winners = newest(articles);
  const entities = new Map<string, WriteBatch['entities'][number]>();
  const names = new Map<string, WriteBatch['names'][number]>();
  const links = winners.flatMap(({ value }) => linksOf(value, entities, names));
  // A fixed order for the entity rows keeps concurrent batches from locking them in opposite orders.
  const sortedEntities = [...entities.values()].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  return { articles: winners.map(toArticleRow), entities: sortedEntities, names: [...names.values()], links };
}
