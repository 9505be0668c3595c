import { readDateTime } from './wire-date.js';

describe('readDateTime', () => {
  it.each([
    ['2026-11-25T08:00:00+03:00', '2026-11-25T08:00:00+03:00'],
    ['2026-11-25T08:00Z', '2026-11-25T08:00Z'],
    ['20261125T080000+0300', '2026-11-25T08:00:00+03:00'],
    ['20261125T0800Z', '2026-11-25T08:00:00Z'],
    ['2017-10-11T10:41:00+0100', '2017-10-11T10:41:00+01:00'],
    ['2015-07-08T15:46:07+0000', '2015-07-08T15:46:07+00:00'],
    ['2016-04-13 04:52:21+00:00', '2016-04-13T04:52:21+00:00'],
    ['2026-11-25T08:00:00.250+03', '2026-11-25T08:00:00.250+03:00'],
    ['Wed, 25 Nov 2026 09:00:00 +0500', '2026-11-25T04:00:00.000Z'],
    ['25 Nov 2026 09:00 GMT', '2026-11-25T09:00:00.000Z'],
    ['Sat, 07 Sep 02 00:00:01 EDT', '2002-09-07T04:00:01.000Z'],
    ['Mon, 6 Jun 94 9:05:00 PST', '1994-06-06T17:05:00.000Z'],
    ['Thursday, 25 November 2026 08:00:00 MSK', '2026-11-25T05:00:00.000Z'],
  ])('reads %s as %s, in the zone it names', (input, expected) => {
    expect(readDateTime(input, 'Europe/Moscow')).toEqual({ iso: expected });
  });

  it.each([
    ['20141126T152703', 'UTC', '2014-11-26T15:27:03+00:00'],
    ['2017-01-31T21:52:11', 'Europe/Moscow', '2017-01-31T21:52:11+03:00'],
    ['2026-07-01T12:00:00', 'Europe/Berlin', '2026-07-01T12:00:00+02:00'],
    ['2026-01-01T12:00:00', 'Europe/Berlin', '2026-01-01T12:00:00+01:00'],
    ['2026-11-25', 'America/New_York', '2026-11-25T00:00:00-05:00'],
    ['25 Nov 2026 09:00', 'Asia/Tokyo', '2026-11-25T00:00:00.000Z'],
  ])('places %s, which names no zone, in the source zone %s', (input, zone, expected) => {
    const read = readDateTime(input, zone);
    expect(read?.assumedZone).toBe(zone);
    expect(Date.parse(read!.iso)).toBe(Date.parse(expected));
  });

  it.each(['01/02/2017', 'вчера', 'Wed, 25 Nov 2026 09:00:00 IST', '2026-02-30T10:00:00Z', '2026-11-25T25:00Z', ' '])(
    'does not guess %j',
    (input) => {
      expect(readDateTime(input)).toBeUndefined();
    },
  );
});
