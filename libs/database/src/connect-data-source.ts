import { type DataSource, MigrationExecutor } from 'typeorm';

export interface ConnectOptions {
  /** Apply pending migrations after connecting. */
  migrationsRun: boolean;
  log: { log(message: string): void; warn(message: string): void };
  /** Stop retrying (for shutdown during a long outage). */
  cancelled?: () => boolean;
}

/** Any constant will do; it only has to be the same for every instance of every service. */
const MIGRATION_LOCK_KEY = 7_201_311;
const MAX_BACKOFF_MS = 10_000;

async function runMigrations(dataSource: DataSource, log: ConnectOptions['log']): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    // Several instances (or services sharing the database) starting together must not race a migration.
    // The migrations run on the connection that holds the lock, so a pool of one connection suffices.
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'each';
    const applied = await executor.executePendingMigrations();
    for (const migration of applied) log.log(`applied migration ${migration.name}`);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}

/**
 * Initialises a DataSource (and applies migrations), retrying with backoff while the database is down,
 * so a service waits for its database instead of crash-looping.
 *
 * @example
 * const dataSource = await connectDataSource(() => createDataSource(config.database), { migrationsRun: true, log });
 */
export async function connectDataSource(create: () => DataSource, options: ConnectOptions): Promise<DataSource> {
  for (let attempt = 1; ; attempt++) {
    const dataSource = create();
    try {
      await dataSource.initialize();
      if (options.migrationsRun) await runMigrations(dataSource, options.log);
      return dataSource;
    } catch (error) {
      if (dataSource.isInitialized) await dataSource.destroy().catch(() => undefined);
      if (options.cancelled?.()) throw error;
      options.log.warn(`database not ready (attempt ${attempt}): ${(error as Error).message}`);
      await new Promise((resolve) => setTimeout(resolve, Math.min(MAX_BACKOFF_MS, 250 * 2 ** attempt)));
    }
  }
}
