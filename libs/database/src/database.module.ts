import { APP_CONFIG, type AppConfig } from '@app/config';
import { type DynamicModule, Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource, type DataSourceOptions, type MigrationInterface } from 'typeorm';
import { connectDataSource } from './connect-data-source.js';
import { guardedClientClass, sessionLossReporter, type SessionLossLog } from './guarded-client.js';

export interface DatabaseOptions {
  /** TypeORM entity classes of the service. */
  entities: NonNullable<DataSourceOptions['entities']>;
  migrations: (new () => MigrationInterface)[];
  /** Each service records its own migrations, so services can share one database. */
  migrationsTableName: string;
}

/**
 * Builds the one DataSource definition of a service; its migration command uses the same function. Every client of
 * its pool handles `error` (see `guardedClientClass`), so a session the server ends never crashes the service.
 */
export function createDataSource(
  database: AppConfig['database'],
  options: DatabaseOptions,
  log: SessionLossLog = new Logger('Database'),
): DataSource {
  return new DataSource({
    type: 'postgres',
    url: database.url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: options.migrationsTableName,
    synchronize: false,
    migrationsRun: false,
    extra: {
      max: database.poolSize,
      connectionTimeoutMillis: 5_000,
      Client: guardedClientClass(sessionLossReporter(log)),
    },
    logging: false,
  });
}

/** Provides the service's connected `DataSource` (migrated when configured) and closes it on shutdown. */
@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  static forRoot(options: DatabaseOptions): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        {
          provide: DataSource,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) =>
            connectDataSource(() => createDataSource(config.database, options), {
              migrationsRun: config.database.migrationsRun,
              log: new Logger('Database'),
            }),
        },
      ],
      exports: [DataSource],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/** Readiness: a `SELECT 1` round trip (bounded by the health runner's timeout). */
export function postgresHealthIndicator(dataSource: DataSource): {
  name: string;
  check(): Promise<Record<string, unknown>>;
} {
  return {
    name: 'postgres',
    check: async () => ({ select1: (await dataSource.query('SELECT 1 AS ok'))[0]?.ok === 1 }),
  };
}
