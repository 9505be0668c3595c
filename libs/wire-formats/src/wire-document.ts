import type { ArticleMetadata, RawArticle } from '@app/contracts';

/** One article decoded from a wire format, before the intake adds its source, id and lineage. */
export type WireItem = Pick<
  RawArticle,
  | 'externalId'
  | 'title'
  | 'body'
  | 'url'
  | 'publishedAt'
  | 'publishedAtSource'
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

/** Something the decoder repaired or dropped to accept an item, reported with the item (see docs/feeds.md). */
export interface Repair {
  field: string;
  code: RepairCode;
  detail: string;
}

/** The stable codes of {@link Repair}s, also the `code` label of the `intake_repairs_total` metric. */
export type RepairCode =
  'DATE_FALLBACK' | 'DATE_ZONE_ASSUMED' | 'DATE_REPAIRED' | 'URL_RESOLVED' | 'FIELD_DROPPED' | 'ID_DERIVED';

/** What the decoder knows of the request or poll beyond the bytes. */
export interface DecodeContext {
  /** When the document arrived: the last fallback for an item without a date (default: now). */
  receivedAt?: Date;
  /** The IANA zone of the source, for dates written without one (default `UTC`). */
  timeZone?: string;
  /** The URL the document was fetched from, the last base for relative links. */
  documentUrl?: string;
}

export type DecodedEntry = { index: number; item: WireItem; repairs?: Repair[] } | { index: number; error: ItemError };

/** A decoded document: its format and, per position, an item or why it was rejected. */
export interface WireDocument {
  /** `'ninjs-1' | 'ninjs-2' | 'newsml-g2' | 'nitf' | 'rss' | 'rss1' | 'atom' | 'atom03' | 'json-feed'`, recorded as `lineage.format`. */
  format: string;
  items: DecodedEntry[];
  /** RSS `<ttl>`, a hint for how often a polled feed may be fetched. */
  ttlMinutes?: number;
}
