import { normaliseDateTime } from './wire-date.js';

describe('normaliseDateTime', () => {
  it.each([
    ['2026-11-25T08:00:00+03:00', '2026-11-25T08:00:00+03:00'],
    ['2026-11-25T08:00Z', '2026-11-25T08:00Z'],
    ['20261125T080000+0300', '2026-11-25T08:00:00+03:00'],
    ['20261125T0800Z', '2026-11-25T08:00:00Z'],
    ['Wed, 25 Nov 2026 09:00:00 +0500', '2026-11-25T04:00:00.000Z'],
    ['25 Nov 2026 09:00 GMT', '2026-11-25T09:00:00.000Z'],
  ])('normalises %s', (input, expected) => {
    expect(normaliseDateTime(input)).toBe(expected);
  });

  it('leaves a value it cannot place in time unchanged, for validation to report', () => {
    expect(normaliseDateTime('2026-11-25T08:00:00')).toBe('2026-11-25T08:00:00');
    expect(normaliseDateTime('вчера')).toBe('вчера');
    expect(normaliseDateTime('  ')).toBeUndefined();
  });
});
