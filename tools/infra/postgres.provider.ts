import { databaseUrl, describeUrl } from './database-url.js';
import { startEmbeddedPostgres } from './embedded-postgres.launcher.js';
import { createDatabase, postgresVersion } from './postgres.admin.js';
import { cacheDir } from './project-root.js';

/** A PostgreSQL database to use, and how to let go of it. */
export interface DatabaseHandle {
  /** Connection string of the requested database (for `external`: `DATABASE_URL` as given). */
  url: string;
  /** Connection string for administrative statements on the same server (creating and dropping databases). */
  serverUrl: string;
  kind: 'external' | 'local' | 'embedded';
  /** One line for humans: what, where, how long it took. */
  describe: string;
  /** Stops an embedded server this process started; does nothing otherwise. */
  stop(): Promise<void>;
}

export interface DatabaseOptions {
  env: NodeJS.ProcessEnv;
  /** Database created (unless it exists) on a local or embedded server. */
  database: string;
  /** Receives the embedded server's output. */
  onLog?: (line: string) => void;
}

const LOCAL_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';
const EMBEDDED_PORT = 54329;
const nothingToStop = async () => undefined;

async function embedded(database: string, onLog: DatabaseOptions['onLog']): Promise<DatabaseHandle> {
  const started = performance.now();
  const dataDir = cacheDir('postgres', 'data');
  const server = await startEmbeddedPostgres({ dataDir, port: EMBEDDED_PORT, onLog });
  await createDatabase(server.serverUrl, database).catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  const how = server.startedHere
    ? `started in ${((performance.now() - started) / 1000).toFixed(1)} s`
    : 'already running, left running';
  const describe = `embedded ${server.version} on ${describeUrl(databaseUrl(server.serverUrl, database))} (${how}, data in ${dataDir})`;
  return {
    url: databaseUrl(server.serverUrl, database),
    serverUrl: server.serverUrl,
    kind: 'embedded',
    describe,
    stop: server.stop,
  };
}

/**
 * The PostgreSQL to use, first found of:
 * 1. `DATABASE_URL`, used as given;
 * 2. a server answering within 2 s at `LOCAL_POSTGRES_URL` (default `postgres://postgres@127.0.0.1:5432/postgres`),
 *    where `database` is created if missing;
 * 3. an embedded server (the `embedded-postgres` package) with its data in `.cache/postgres/data`, on port
 *    54329 or a free one, where `database` is created if missing.
 *
 * @example
 * const db = await provideDatabase({ env: process.env, database: 'news' });
 * // ... connect to db.url ...
 * await db.stop();
 */
export async function provideDatabase({ env, database, onLog }: DatabaseOptions): Promise<DatabaseHandle> {
  if (env.DATABASE_URL) {
    const url = env.DATABASE_URL;
    return { url, serverUrl: url, kind: 'external', describe: `DATABASE_URL ${describeUrl(url)}`, stop: nothingToStop };
  }
  const local = env.LOCAL_POSTGRES_URL || LOCAL_SERVER;
  const version = await postgresVersion(local, 2_000);
  if (!version) return embedded(database, onLog);
  await createDatabase(local, database);
  const url = databaseUrl(local, database);
  return {
    url,
    serverUrl: local,
    kind: 'local',
    describe: `local ${version} at ${describeUrl(url)}`,
    stop: nothingToStop,
  };
}
