import { setTimeout as delay } from 'node:timers/promises';
import pg from 'pg';

const TERMINATE = `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE application_name = $1`;

/**
 * What a failover or a connection-pooler restart does to the services: the server ends each of their sessions
 * (SQLSTATE 57P01 on the client) every `everyMs` for `seconds`, and stays up. Only sessions that carry
 * `applicationName` are ended, so the run's own checks and other users of the server are left alone.
 * Resolves with how many sessions were ended.
 */
export async function terminateSessions(
  databaseUrl: string,
  applicationName: string,
  seconds: number,
  everyMs = 10,
): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on('error', () => undefined);
  await client.connect();
  let ended = 0;
  try {
    const until = Date.now() + seconds * 1000;
    while (Date.now() < until) {
      ended += (await client.query<{ n: number }>(TERMINATE, [applicationName])).rows[0]!.n;
      await delay(everyMs);
    }
  } finally {
    await client.end();
  }
  return ended;
}

/** `url` with the `application_name` its sessions report, so that `terminateSessions` can find them. */
export function withApplicationName(url: string, applicationName: string): string {
  const named = new URL(url);
  named.searchParams.set('application_name', applicationName);
  return named.href;
}
