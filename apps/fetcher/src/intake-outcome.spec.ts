import type { IntakeItem } from './intake-item.js';
import type { LedgerEntry } from './intake-ledger.repository.js';
import { classify, contentHashOf } from './intake-outcome.js';

const item: IntakeItem = {
  externalId: 'X-1',
  title: 'Заголовок',
  body: 'Текст',
  publishedAt: '2026-11-25T10:00:00+03:00',
  version: 2,
  pubStatus: 'usable',
  versionCreated: '2026-11-25T10:05:00+03:00',
};
const accepted = (over: Partial<LedgerEntry> = {}): LedgerEntry => ({
  articleId: 'a',
  source: 'tass',
  externalId: 'X-1',
  version: 2,
  versionCreated: '2026-11-25T07:05:00.000Z',
  pubStatus: 'usable',
  contentHash: contentHashOf(item),
  ...over,
});

describe('classify', () => {
  it('calls an unseen article new', () => {
    expect(classify(item, contentHashOf(item), undefined)).toEqual({ status: 'new' });
  });

  it('calls an identical re-send a duplicate', () => {
    expect(classify(item, contentHashOf(item), accepted())).toMatchObject({
      status: 'duplicate',
      reason: 'identical to the accepted version',
    });
  });

  it('calls a higher version a new version and a lower one a duplicate', () => {
    const v3 = { ...item, version: 3 };
    expect(classify(v3, contentHashOf(v3), accepted())).toEqual({ status: 'new-version' });
    const v1 = { ...item, version: 1 };
    expect(classify(v1, contentHashOf(v1), accepted()).status).toBe('duplicate');
  });

  it('treats a kill of the same version as a new version', () => {
    const killed = { ...item, pubStatus: 'canceled' as const };
    expect(classify(killed, contentHashOf(killed), accepted())).toEqual({ status: 'new-version' });
  });

  it('orders changed content of the same version by versionCreated', () => {
    const newer = { ...item, body: 'Исправленный текст', versionCreated: '2026-11-25T11:00:00+03:00' };
    expect(classify(newer, contentHashOf(newer), accepted())).toEqual({ status: 'new-version' });
    const older = { ...item, body: 'Старый текст', versionCreated: '2026-11-25T09:00:00+03:00' };
    expect(classify(older, contentHashOf(older), accepted()).status).toBe('duplicate');
  });

  it('calls a re-send of an undated item a duplicate although its fallback date moved', () => {
    const undated = { ...item, publishedAtSource: { field: 'receivedAt', fallback: true } };
    const later = { ...undated, publishedAt: '2026-11-26T10:00:00Z' };
    expect(classify(later, contentHashOf(later), accepted({ contentHash: contentHashOf(undated) })).status).toBe(
      'duplicate',
    );
    expect(contentHashOf({ ...item, publishedAt: '2026-11-26T10:00:00Z' })).not.toBe(contentHashOf(item));
  });
});

describe('contentHashOf', () => {
  it('tells a re-send with changed metadata from an identical one', () => {
    const tagged = { ...item, metadata: { urgency: 1 } };
    expect(classify(tagged, contentHashOf(tagged), accepted())).toEqual({ status: 'new-version' });
    expect(classify(tagged, contentHashOf(tagged), accepted({ contentHash: contentHashOf(tagged) }))).toMatchObject({
      status: 'duplicate',
    });
  });
});
