import { loadConfig } from '@app/config';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { connectDataSource } from './connect-data-source.js';
import { toDatabaseError } from './database-errors.js';
import { createDataSource } from './database.module.js';

const TERMINATE_ALL = `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity
  WHERE datname = current_database() AND pid <> pg_backend_pid()`;

/**
 * A database of its own: this test ends every session of its database, which would break the other test files
 * sharing the run's database.
 */
async function scratchDatabase(admin: pg.Client): Promise<string> {
  const name = `${new URL(process.env.DATABASE_URL!).pathname.slice(1)}_sessions`;
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  return url.href;
}

describe('a DataSource whose sessions the server keeps ending', () => {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  let killer: pg.Client;
  let dataSource: DataSource;
  let database: string;

  beforeAll(async () => {
    await admin.connect();
    const url = await scratchDatabase(admin);
    database = new URL(url).pathname.slice(1);
    const config = loadConfig({ ...process.env, DATABASE_URL: url, DATABASE_POOL_SIZE: '4' });
    const options = { entities: [], migrations: [], migrationsTableName: 'sessions_test_migrations' };
    dataSource = await connectDataSource(() => createDataSource(config.database, options, { warn: () => undefined }), {
      migrationsRun: false,
      log: { log: () => undefined, warn: () => undefined },
    });
    killer = new pg.Client({ connectionString: url });
    await killer.connect();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await killer?.end();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  });

  it('keeps the process up, reports every failure as an outage, and works again once they stop', async () => {
    const failures = new Map<string, number>();
    let stop = false;
    let terminated = 0;
    const worker = async (): Promise<void> => {
      while (!stop) {
        try {
          // A transaction holds its client between statements, with no query in flight: the case pg cannot report
          // to a caller and emits as an 'error' event instead.
          await dataSource.transaction(async (manager) => {
            await manager.query('SELECT 1');
            await new Promise((resolve) => setImmediate(resolve));
            await manager.query('SELECT pg_sleep(0.001)');
          });
        } catch (error) {
          const mapped = toDatabaseError(error) as { code?: string };
          const key = mapped.code === 'DATABASE_UNAVAILABLE' ? mapped.code : String((error as Error).message);
          failures.set(key, (failures.get(key) ?? 0) + 1);
        }
      }
    };
    const workers = Array.from({ length: 4 }, worker);
    while (terminated < 300) {
      terminated += ((await killer.query(TERMINATE_ALL)).rows[0] as { n: number }).n;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    stop = true;
    await Promise.all(workers);

    expect([...failures.keys()]).toEqual(['DATABASE_UNAVAILABLE']);
    expect(await dataSource.query('SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
  }, 120_000);
});
