import { AppError } from '@app/errors';
import { toDatabaseError } from './database-errors.js';

describe('toDatabaseError', () => {
  it.each([['57P01'], ['08006'], ['53300'], ['40P01'], ['25006'], ['55P03'], ['57014']])(
    'treats SQLSTATE %s as an outage',
    (code) => {
      expect(toDatabaseError(Object.assign(new Error('x'), { code }))).toMatchObject({
        code: 'DATABASE_UNAVAILABLE',
        retryable: true,
      });
    },
  );

  it('treats a dropped connection as an outage', () => {
    expect(toDatabaseError(new Error('Connection terminated unexpectedly'))).toMatchObject({
      code: 'DATABASE_UNAVAILABLE',
    });
  });

  it('treats data errors as deterministic, looking inside TypeORM wrappers', () => {
    const wrapped = Object.assign(new Error('value too long'), { driverError: { code: '22001' } });
    expect(toDatabaseError(wrapped)).toMatchObject({ code: 'PROCESSING_FAILED', retryable: false });
  });

  it('passes other errors through for the failure policy to judge', () => {
    const bug = new TypeError('x');
    expect(toDatabaseError(bug)).toBe(bug);
    const known = new AppError('NOT_FOUND', 'x');
    expect(toDatabaseError(known)).toBe(known);
  });
});
