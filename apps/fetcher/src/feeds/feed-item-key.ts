import type { WireItem } from '@app/wire-formats';
import { createHash } from 'node:crypto';

const ID_FIELDS = ['guid', 'id', 'uri'] as const;

/**
 * What identifies a feed item across polls: its guid (RSS) or id (Atom), else its link, else a hash of what
 * it says. Never the pubDate, which several items may share. An item that says which version it is (Atom's
 * `updated`, a version number) has that in its key too, so a corrected entry is offered to the intake again and
 * becomes a new version there; RSS items say nothing of the kind, and a silent edit of one is not re-sent.
 */
export function seenKeyOf(item: WireItem): string {
  const ids = item.sourceIds ?? {};
  const id = ID_FIELDS.map((field) => ids[field]).find((value) => value !== undefined && value !== '');
  const version = item.versionCreated || item.version > 1 ? `@${item.version}/${item.versionCreated ?? ''}` : '';
  if (id !== undefined) return `id:${id}${version}`;
  if (item.url) return `link:${item.url}${version}`;
  // A fallback date (the channel's build date, the time of receipt) changes between polls of the same item.
  const published = item.publishedAtSource?.fallback ? null : item.publishedAt;
  return `hash:${createHash('sha256')
    .update(JSON.stringify([item.title, item.body, published]))
    .digest('hex')}`;
}

/** The stored form of a seen key: fixed length, whatever the guid or link. */
export function storedKeyOf(item: WireItem): string {
  return createHash('sha256').update(seenKeyOf(item)).digest('hex');
}
