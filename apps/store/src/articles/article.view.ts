/** Where an entity is named in an article's text (the `mentions` jsonb of `article_entities`). */
export interface Mention {
  start: number;
  end: number;
  text: string;
}

/** An article row as the read queries select it (snake_case columns). */
export interface ArticleRow {
  id: string;
  source: string;
  external_id: string;
  version: number;
  status: 'active' | 'killed';
  pub_status: string;
  title: string;
  text?: string;
  lang: string;
  url: string | null;
  canonical_url: string | null;
  published_at: Date;
  embargoed_until: Date | null;
  received_at: Date;
  processed_at: Date;
  stored_at: Date;
  content_hash: string;
  story_id: string;
  duplicate: string;
  processor_version: string;
  model_version: string;
  lineage?: Record<string, unknown>;
  metadata?: Record<string, unknown>;
  published_at_source?: Record<string, unknown> | null;
}

export interface LinkedEntityRow {
  key: string;
  type: string;
  name: string;
  count: number;
  mentions: Mention[];
}

/** What identifies an article and its state: the part every view shows, a killed article's included. */
export function articleIdentity(row: ArticleRow) {
  return {
    id: row.id,
    source: row.source,
    externalId: row.external_id,
    version: row.version,
    status: row.status,
    pubStatus: row.pub_status,
  };
}

/** An article in a list: everything but the text and lineage, so a page stays small. */
export function toArticleSummary(row: ArticleRow) {
  return {
    ...articleIdentity(row),
    title: row.title,
    lang: row.lang,
    url: row.url,
    canonicalUrl: row.canonical_url,
    publishedAt: row.published_at.toISOString(),
    embargoedUntil: row.embargoed_until?.toISOString() ?? null,
    receivedAt: row.received_at.toISOString(),
    processedAt: row.processed_at.toISOString(),
    storedAt: row.stored_at.toISOString(),
    contentHash: row.content_hash,
    storyId: row.story_id,
    duplicate: row.duplicate,
    processor: { version: row.processor_version, model: row.model_version },
  };
}

/**
 * One article with its text, lineage, the agency's metadata as the enriched topic carried it (subjects, urgency,
 * people, rights, and the media it refers to; `{}` when the format had none), which date the intake used for
 * `publishedAt` and why (null when it did not say: a native JSON submission, or an article stored before the store
 * kept this), and the entities it mentions (most mentioned first).
 */
export function toArticleView(row: ArticleRow, entities: readonly LinkedEntityRow[]) {
  return {
    ...toArticleSummary(row),
    text: row.text ?? '',
    lineage: row.lineage ?? {},
    metadata: row.metadata ?? {},
    publishedAtSource: row.published_at_source ?? null,
    entities: entities.map((e) => ({ key: e.key, type: e.type, name: e.name, count: e.count, mentions: e.mentions })),
  };
}

export type ArticleSummary = ReturnType<typeof toArticleSummary>;
export type ArticleView = ReturnType<typeof toArticleView>;
