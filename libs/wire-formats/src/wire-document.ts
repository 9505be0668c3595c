import type { ArticleMetadata, RawArticle } from '@app/contracts';

/** One article decoded from a wire format, before the intake adds its source, id and lineage. */
export type WireItem = Pick<
  RawArticle,
  | 'externalId'
  | 'title'
  | 'body'
  | 'url'
  | 'publishedAt'
  | 'lang'
  | 'version'
  | 'pubStatus'
  | 'embargoedUntil'
  | 'versionCreated'
  | 'sourceIds'
  | 'metadata'
>;

/**
 * The metadata a format parser found for one item, field by field as the contract names them, before validation:
 * a field that breaks the contract is dropped alone (a bad urgency must not cost the article its subjects, or the
 * article itself).
 */
export type MetadataCandidate = { [K in keyof ArticleMetadata]?: unknown };

/** Why one item of a document was rejected while the others may still be accepted. */
export interface ItemError {
  code: string;
  message: string;
  errors?: readonly { field: string; message: string }[];
}

/** A decoded document: its format and, per position, an item or why it was rejected. */
export interface WireDocument {
  /** `'ninjs-1' | 'ninjs-2' | 'newsml-g2' | 'nitf' | 'rss' | 'atom'`, recorded as `lineage.format`. */
  format: string;
  items: ({ index: number; item: WireItem } | { index: number; error: ItemError })[];
  /** RSS `<ttl>`, a hint for how often a polled feed may be fetched. */
  ttlMinutes?: number;
}
