import { AppError } from '@app/errors';

/**
 * SQLSTATE classes and codes that a retry can fix: the server is down, restarting or overloaded (08, 53, 57P01–03),
 * a conflict with another transaction (40001, 40P01), a lock or statement timeout under load (55P03, 57014), or a
 * server that has just become read-only in a failover (25006).
 */
const TRANSIENT_SQLSTATE = /^(08|53|57P0[1-3]|57014|55P03|25006|40001|40P01)/;
/** Deterministic data errors: retrying the same rows fails the same way. */
const DATA_SQLSTATE = /^(22|23)/;
/** Socket errors of a connection that failed or broke (pg reports them with Node's code). */
const TRANSIENT_SOCKET_CODE =
  /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN)$/;
/**
 * What pg, pg-pool and TypeORM say, without a code, about a session that is gone: the socket closed ("Connection
 * terminated unexpectedly"), a client that already saw an error, a query runner TypeORM released because its
 * connection failed ("Query runner already released", "Database connection provided by a query runner was already
 * released"), a pool or driver closed under a query in hand during shutdown.
 */
const TRANSIENT_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|ECONNREFUSED|ECONNRESET|Client has encountered a connection error|Connection is not established|not connected|Query runner already released|query runner was already released|Cannot use a pool after calling end on the pool|Client was closed and is not queryable/i;

function sqlStateOf(error: unknown): string | undefined {
  const candidate = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = candidate?.driverError?.code ?? candidate?.code;
  return typeof code === 'string' ? code : undefined;
}

function isLostConnection(state: string | undefined, message: string): boolean {
  if (state !== undefined && (TRANSIENT_SQLSTATE.test(state) || TRANSIENT_SOCKET_CODE.test(state))) return true;
  return TRANSIENT_MESSAGE.test(message);
}

/**
 * Maps a database failure onto the error catalogue, so HTTP answers 503 and the consumer's failure
 * policy retries an outage but dead-letters a row the database will never accept.
 */
export function toDatabaseError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const state = sqlStateOf(error);
  const message = (error as Error | null)?.message ?? String(error);
  if (isLostConnection(state, message)) {
    return new AppError('DATABASE_UNAVAILABLE', `database unavailable: ${message}`, { cause: error });
  }
  if (state !== undefined && DATA_SQLSTATE.test(state)) {
    return new AppError('PROCESSING_FAILED', `database rejected the row (${state}): ${message}`, { cause: error });
  }
  return error;
}

/** Runs `work`, mapping any failure through `toDatabaseError`. */
export async function withDatabaseErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toDatabaseError(error);
  }
}
