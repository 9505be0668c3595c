import { AppError } from '@app/errors';
import { decodeChangeCursor, encodeChangeCursor } from './change-cursor.js';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

describe('change feed cursors', () => {
  it('round-trip both queue positions', () => {
    const cursor = { open: ['18446744073709551615', '9223372036854775807'], embargoed: ['758', '12'] } as const;
    expect(decodeChangeCursor(encodeChangeCursor(cursor))).toEqual(cursor);
  });

  it.each([
    ['1', '0', '0', '1e3'],
    ['-1', '0', '0', '0'],
    ['18446744073709551616', '0', '0', '0'],
    ['1', '9223372036854775808', '0', '0'],
    ['', '0', '0', '0'],
  ])('refuses a cursor starting %j with VALIDATION_FAILED', (...parts) => {
    expect(() => decodeChangeCursor(b64(parts))).toThrow(AppError);
    try {
      decodeChangeCursor(b64(parts));
    } catch (error) {
      expect((error as AppError).code).toBe('VALIDATION_FAILED');
    }
  });
});
