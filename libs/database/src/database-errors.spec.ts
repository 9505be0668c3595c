import { AppError } from '@app/errors';
import { toDatabaseError } from './database-errors.js';

describe('toDatabaseError', () => {
  it.each([
    ['57P01'],
    ['57P02'],
    ['57P03'],
    ['08006'],
    ['08003'],
    ['08001'],
    ['ECONNREFUSED'],
    ['ECONNRESET'],
    ['53300'],
    ['40P01'],
    ['25006'],
    ['55P03'],
    ['57014'],
  ])('treats SQLSTATE %s as an outage', (code) => {
    expect(toDatabaseError(Object.assign(new Error('x'), { code }))).toMatchObject({
      code: 'DATABASE_UNAVAILABLE',
      retryable: true,
    });
  });

  it.each([
    ['Connection terminated unexpectedly'],
    ['Connection terminated due to connection timeout'],
    ['Client has encountered a connection error and is not queryable'],
    ['Query runner already released. Cannot run queries anymore.'],
    [
      'Database connection provided by a query runner was already released, cannot continue to use its querying methods anymore.',
    ],
    ['Cannot use a pool after calling end on the pool'],
  ])('treats a lost session as an outage: %s', (message) => {
    expect(toDatabaseError(new Error(message))).toMatchObject({ code: 'DATABASE_UNAVAILABLE', retryable: true });
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
