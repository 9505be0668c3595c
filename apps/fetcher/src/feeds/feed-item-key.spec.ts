import type { WireItem } from '@app/wire-formats';
import { seenKeyOf, storedKeyOf } from './feed-item-key.js';

const item: WireItem = {
  externalId: 'x',
  title: 'Заголовок',
  body: 'Текст',
  publishedAt: '2026-12-01T06:00:00Z',
  version: 1,
  pubStatus: 'usable',
};

describe('seenKeyOf', () => {
  it('prefers the guid, then the Atom id', () => {
    expect(seenKeyOf({ ...item, url: 'https://e.com/1', sourceIds: { guid: 'g-1' } })).toBe('id:g-1');
    expect(seenKeyOf({ ...item, url: 'https://e.com/1', sourceIds: { id: 'urn:uuid:1' } })).toBe('id:urn:uuid:1');
  });

  it('falls back to the link, then to a hash of the content', () => {
    expect(seenKeyOf({ ...item, url: 'https://e.com/1', sourceIds: { guid: '' } })).toBe('link:https://e.com/1');
    expect(seenKeyOf(item)).toMatch(/^hash:[0-9a-f]{64}$/);
    expect(seenKeyOf({ ...item, body: 'Другой текст' })).not.toBe(seenKeyOf(item));
  });

  it('tells a corrected Atom entry (a newer updated) from the one seen before, but not an RSS item edited in place', () => {
    const entry = { ...item, sourceIds: { id: 'urn:uuid:1' }, versionCreated: '2026-12-01T06:00:00Z' };
    expect(seenKeyOf(entry)).toBe('id:urn:uuid:1@1/2026-12-01T06:00:00Z');
    expect(seenKeyOf({ ...entry, body: 'Поправка', versionCreated: '2026-12-01T07:00:00Z' })).not.toBe(
      seenKeyOf(entry),
    );
    expect(seenKeyOf({ ...entry, body: 'Поправка' })).toBe(seenKeyOf(entry));
    expect(seenKeyOf({ ...item, sourceIds: { guid: 'g-1' }, body: 'Поправка' })).toBe(
      seenKeyOf({ ...item, sourceIds: { guid: 'g-1' } }),
    );
  });

  it('tells apart items that share a pubDate', () => {
    const a = { ...item, sourceIds: { guid: 'a' } };
    const b = { ...item, sourceIds: { guid: 'b' } };
    expect(storedKeyOf(a)).not.toBe(storedKeyOf(b));
    expect(storedKeyOf(a)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keys an item without id or link the same on every poll, though its fallback date is the time of receipt', () => {
    const undated = { ...item, publishedAtSource: { field: 'receivedAt', fallback: true } };
    expect(seenKeyOf({ ...undated, publishedAt: '2026-11-26T10:00:00Z' })).toBe(seenKeyOf(undated));
  });
});
