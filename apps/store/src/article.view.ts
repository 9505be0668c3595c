import type { ArticleEntity } from './article.entity.js';

/** The read API's article: camelCase, ISO dates, `status` derived from the wire status. */
export function toArticleView(row: ArticleEntity) {
  return {
    id: row.id,
    source: row.source,
    externalId: row.externalId,
    version: row.version,
    status: row.pubStatus === 'canceled' ? 'killed' : 'active',
    pubStatus: row.pubStatus,
    title: row.title,
    text: row.text,
    lang: row.lang,
    url: row.url,
    publishedAt: row.publishedAt.toISOString(),
    embargoedUntil: row.embargoedUntil?.toISOString() ?? null,
    receivedAt: row.receivedAt.toISOString(),
    processedAt: row.processedAt.toISOString(),
    storedAt: row.storedAt.toISOString(),
    contentHash: row.contentHash,
    entities: row.entities,
    processor: { version: row.processorVersion, model: row.modelVersion },
    lineage: row.lineage,
  };
}

export type ArticleView = ReturnType<typeof toArticleView>;
