import type { WireItem } from '@app/wire-formats';
import { createHash } from 'node:crypto';

const ID_FIELDS = ['guid', 'id', 'uri'] as const;

/**
 * What identifies a feed item across polls: its guid (RSS) or id (Atom), else its link, else a hash of what
 * it says. Never the pubDate, which several items may share.
 */
export function seenKeyOf(item: WireItem): string {
  const ids = item.sourceIds ?? {};
  const id = ID_FIELDS.map((field) => ids[field]).find((value) => value !== undefined && value !== '');
  if (id !== undefined) return `id:${id}`;
  if (item.url) return `link:${item.url}`;
  return `hash:${createHash('sha256').update(JSON.stringify([item.title, item.body, item.publishedAt])).digest('hex')}`;
}

/** The stored form of a seen key: fixed length, whatever the guid or link. */
export function storedKeyOf(item: WireItem): string {
  return createHash('sha256').update(seenKeyOf(item)).digest('hex');
}
