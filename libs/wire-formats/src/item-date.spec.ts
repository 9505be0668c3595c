import { optionalDateOf, publicationDateOf } from './item-date.js';
import type { Repair } from './wire-document.js';

const received = new Date('2026-12-07T10:00:00Z');

function dated(dates: [string, string | undefined][], zone = 'UTC') {
  const repairs: Repair[] = [];
  return { ...publicationDateOf(dates, zone, received, repairs), repairs };
}

describe('publicationDateOf', () => {
  it('takes the item date as sent, with its provenance and no repair', () => {
    expect(dated([['pubDate', 'Mon, 07 Dec 2026 08:00:00 GMT']])).toEqual({
      publishedAt: '2026-12-07T08:00:00.000Z',
      publishedAtSource: { field: 'pubDate', fallback: false },
      repairs: [],
    });
  });

  it("falls back to the item's other dates, then the channel's, and says which and why", () => {
    const fromUpdated = dated([
      ['published', undefined],
      ['updated', '2026-12-06T09:00:00Z'],
    ]);
    expect(fromUpdated).toMatchObject({
      publishedAt: '2026-12-06T09:00:00Z',
      publishedAtSource: { field: 'updated', fallback: true },
      repairs: [{ field: 'publishedAt', code: 'DATE_FALLBACK', detail: 'no published; used updated' }],
    });
    const fromChannel = dated([
      ['pubDate', 'yesterday'],
      ['channel.lastBuildDate', 'Sun, 06 Dec 2026 21:00:00 +0300'],
    ]);
    expect(fromChannel).toMatchObject({
      publishedAt: '2026-12-06T18:00:00.000Z',
      publishedAtSource: { field: 'channel.lastBuildDate', fallback: true },
    });
    expect(fromChannel.repairs[0]!.detail).toBe('pubDate "yesterday" is unreadable; used channel.lastBuildDate');
  });

  it('falls back to the time of receipt when nothing else reads', () => {
    expect(dated([['pubDate', undefined]])).toEqual({
      publishedAt: '2026-12-07T10:00:00.000Z',
      publishedAtSource: { field: 'receivedAt', fallback: true },
      repairs: [
        { field: 'publishedAt', code: 'DATE_FALLBACK', detail: 'the item has no date; used the time of receipt' },
      ],
    });
    expect(dated([['date.issue', '01/02/2017']]).repairs[0]!.detail).toBe(
      'no readable date (date.issue "01/02/2017"); used the time of receipt',
    );
  });

  it("places a date without a zone in the source's zone and records the zone", () => {
    expect(dated([['date.issue', '20141126T152703']], 'Australia/Sydney')).toEqual({
      publishedAt: '2014-11-26T15:27:03+11:00',
      publishedAtSource: { field: 'date.issue', fallback: false, assumedZone: 'Australia/Sydney' },
      repairs: [
        {
          field: 'publishedAt',
          code: 'DATE_ZONE_ASSUMED',
          detail: '"20141126T152703" names no zone; read in the source zone Australia/Sydney',
        },
      ],
    });
  });
});

describe('optionalDateOf', () => {
  it('drops an unreadable optional date with a repair, and keeps a readable one', () => {
    const repairs: Repair[] = [];
    expect(optionalDateOf('embargoedUntil', 'YYYYMMDD000000-HHMM', 'UTC', repairs)).toBeUndefined();
    expect(optionalDateOf('versionCreated', '2017-01-31T21:52:11+0000', 'UTC', repairs)).toBe(
      '2017-01-31T21:52:11+00:00',
    );
    expect(repairs).toEqual([
      { field: 'embargoedUntil', code: 'FIELD_DROPPED', detail: '"YYYYMMDD000000-HHMM" is not a date-time; dropped' },
    ]);
  });
});
