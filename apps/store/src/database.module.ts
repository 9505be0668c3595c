import { APP_CONFIG, type AppConfig } from '@app/config';
import { backoffMs } from '@app/messaging';
import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createDataSource } from './data-source.js';

/** Any constant will do; it only has to be the same for every store instance. */
const MIGRATION_LOCK_KEY = 7_201_311;

async function runMigrations(dataSource: DataSource, logger: Logger): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    // Two store instances starting together must not both run the same migration.
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    for (const migration of applied) logger.log(`applied migration ${migration.name}`);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}

/** Connects, retrying with backoff while the database is down, so the store waits instead of crash-looping. */
async function connect(config: AppConfig, logger: Logger): Promise<DataSource> {
  for (let attempt = 1; ; attempt++) {
    const dataSource = createDataSource(config.database);
    try {
      await dataSource.initialize();
      if (config.database.migrationsRun) await runMigrations(dataSource, logger);
      return dataSource;
    } catch (error) {
      if (dataSource.isInitialized) await dataSource.destroy().catch(() => undefined);
      logger.warn(`database not ready (attempt ${attempt}): ${(error as Error).message}`);
      await new Promise((resolve) => setTimeout(resolve, backoffMs(attempt)));
    }
  }
}

@Global()
@Module({
  providers: [{ provide: DataSource, inject: [APP_CONFIG], useFactory: (config: AppConfig) => connect(config, new Logger('Database')) }],
  exports: [DataSource],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
