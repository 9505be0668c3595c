import pg from 'pg';

export interface SessionLossLog {
  warn(message: string): void;
}

/** At most one line per this many milliseconds: a failover or a pooler restart ends every session at once. */
const REPORT_EVERY_MS = 5_000;

function describe(error: unknown): string {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return `${String(message ?? error)}${typeof code === 'string' ? ` (${code})` : ''}`;
}

/** Reports lost sessions, the first at once and the rest as a count every few seconds. */
export function sessionLossReporter(log: SessionLossLog, now: () => number = Date.now): (error: unknown) => void {
  let reportedAt = -Infinity;
  let unreported = 0;
  return (error) => {
    if (now() - reportedAt < REPORT_EVERY_MS) {
      unreported++;
      return;
    }
    const more = unreported > 0 ? `; ${unreported} more since the last report` : '';
    log.warn(`database session lost, it will be replaced: ${describe(error)}${more}`);
    reportedAt = now();
    unreported = 0;
  };
}

/**
 * A pg `Client` that always has an `error` listener. pg emits `error` on a client whose session the server ends
 * (`pg_terminate_backend`, a failover, a pooler restart) while no query is in flight, and an `error` nobody listens
 * for kills the process. pg-pool and TypeORM listen most of the time, but not always: a new client whose
 * ReadyForQuery and the server's termination arrive in one TCP read gets the error after the pool has taken its
 * idle listener off and before TypeORM has put its own on. The listener only reports: a client that saw an error is
 * no longer queryable, so its next query fails as a transient error and the pool discards it on release.
 */
export function guardedClientClass(onError: (error: unknown) => void): typeof pg.Client {
  return class GuardedClient extends pg.Client {
    constructor(config?: string | pg.ClientConfig) {
      super(config);
      this.on('error', onError);
    }
  };
}
