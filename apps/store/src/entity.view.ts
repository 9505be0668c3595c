import type { EntityDetail, EntityRow } from './entity-query.repository.js';

export function toEntitySummary(row: EntityRow) {
  return { key: row.key, type: row.type, name: row.name, articleCount: row.article_count };
}

/** One entity with its daily timeline and the entities most often mentioned with it. */
export function toEntityView(detail: EntityDetail) {
  return {
    ...toEntitySummary(detail.entity),
    timeline: detail.timeline,
    related: detail.related.map((r) => ({ ...toEntitySummary(r), sharedArticles: r.shared_articles })),
  };
}

export type EntitySummary = ReturnType<typeof toEntitySummary>;
export type EntityView = ReturnType<typeof toEntityView>;
