import type { EntityDetail, EntityRow } from './entity-query.repository.js';

export function toEntitySummary(row: EntityRow) {
  return { key: row.key, type: row.type, name: row.name, articleCount: row.article_count };
}

/** Names grouped by language: `{ en: ['Kassym-Jomart Tokayev'], ru: ['Касым-Жомарт Токаев'] }`. */
function namesByLanguage(names: EntityDetail['names']): Record<string, string[]> {
  const byLang: Record<string, string[]> = {};
  for (const { lang, name } of names) (byLang[lang] ??= []).push(name);
  return byLang;
}

/** One entity with its names per language, its daily timeline and the entities most often mentioned with it. */
export function toEntityView(detail: EntityDetail) {
  return {
    ...toEntitySummary(detail.entity),
    names: namesByLanguage(detail.names),
    timeline: detail.timeline,
    related: detail.related.map((r) => ({ ...toEntitySummary(r), sharedArticles: r.shared_articles })),
  };
}

export type EntitySummary = ReturnType<typeof toEntitySummary>;
export type EntityView = ReturnType<typeof toEntityView>;
