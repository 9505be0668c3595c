import pg from 'pg';

const DUPLICATE_DATABASE = '42P04';

async function withClient<T>(url: string, timeoutMs: number, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  // A dropped connection is reported by the pending query; without a listener it would crash the process.
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The server's version number ("15.20"), or `undefined` when nothing answers at `url` within `timeoutMs`. */
export async function postgresVersion(url: string, timeoutMs: number): Promise<string | undefined> {
  const ask = withClient(
    url,
    timeoutMs,
    async (client) => (await client.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version,
  );
  return ask.then(
    (version) => version?.split(' ')[0],
    () => undefined,
  );
}

/** Creates database `name` on the server `serverUrl` connects to, unless it exists. */
export async function createDatabase(serverUrl: string, name: string): Promise<void> {
  await withClient(serverUrl, 10_000, async (client) => {
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`).catch((error: { code?: string }) => {
      if (error.code !== DUPLICATE_DATABASE) throw error;
    });
  });
}

/** Drops database `name` if it exists, closing the connections still open to it (`WITH (FORCE)`, PostgreSQL 13+). */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withClient(serverUrl, 10_000, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`),
  );
}
