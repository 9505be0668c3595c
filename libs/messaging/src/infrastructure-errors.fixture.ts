import { AppError } from '@app/errors';
import { KafkaJSConnectionError, KafkaJSNumberOfRetriesExceeded, KafkaJSRequestTimeoutError } from 'kafkajs';
import pg from 'pg';
import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';

function serverError(code: string, message: string): pg.DatabaseError {
  return Object.assign(new pg.DatabaseError(message, message.length, 'error'), { code, severity: 'FATAL' });
}

const terminated = serverError('57P01', 'terminating connection due to administrator command');

/**
 * What pg, TypeORM and kafkajs raise, as they raise it, while the database or the broker is away: a session ended by
 * the server, a dead socket, a released query runner, a broker out of reach. None says anything about a message.
 */
export const INFRASTRUCTURE_ERRORS: readonly unknown[] = [
  terminated,
  serverError('57P02', 'terminating connection due to unexpected postmaster exit'),
  serverError('57P03', 'the database system is starting up'),
  serverError('08006', 'connection failure'),
  serverError('08003', 'connection does not exist'),
  serverError('53300', 'sorry, too many clients already'),
  new QueryFailedError('INSERT …', [], terminated),
  new QueryRunnerAlreadyReleasedError(),
  new QueryRunnerProviderAlreadyReleasedError(),
  new Error('Connection terminated unexpectedly'),
  new Error('Connection terminated due to connection timeout'),
  new Error('Client has encountered a connection error and is not queryable'),
  new Error('timeout exceeded when trying to connect'),
  Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
  new KafkaJSConnectionError('Connection error: connect ECONNREFUSED'),
  new KafkaJSRequestTimeoutError('Request Produce(key: 0, version: 7) timed out'),
  new KafkaJSNumberOfRetriesExceeded(new KafkaJSConnectionError('Connection timeout'), {
    retryCount: 5,
    retryTime: 3000,
  }),
  new AppError('DATABASE_UNAVAILABLE', 'database unavailable'),
  new AppError('BROKER_UNAVAILABLE', 'broker unavailable'),
];
