import type { RawArticle } from '@app/contracts';

/** One article as the intake understands it, whatever format it came in. */
export type IntakeItem = Pick<
  RawArticle,
  'externalId' | 'title' | 'body' | 'url' | 'publishedAt' | 'lang' | 'version' | 'pubStatus' | 'embargoedUntil' | 'versionCreated' | 'sourceIds'
>;

export interface ItemError {
  code: string;
  message: string;
  errors?: readonly { field: string; message: string }[];
}

/** A decoded payload: the format and, per position, an item or why it was rejected. */
export interface DecodedPayload {
  format: string;
  items: ({ index: number; item: IntakeItem } | { index: number; error: ItemError })[];
}
