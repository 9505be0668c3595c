import { loadConfig } from '@app/config';
import { connectDataSource, createDataSource, type DatabaseOptions } from '@app/database';
import { PipelineMetrics } from '@app/observability';
import { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { createDataSource as createStoreDataSource, STORE_DATABASE } from '../../apps/store/src/data-source.js';
import { ArticleWriteRepository } from '../../apps/store/src/write/article-write.repository.js';
import { createDatabase, databaseUrl, dropDatabase } from '../../tools/infra/index.js';

const quiet = { log: () => undefined, warn: () => undefined };

/** The run's store database (the global set-up's), connected and migrated to the end. */
export function connectStoreDatabase(poolSize: number): Promise<DataSource> {
  const { database } = loadConfig(process.env);
  return connectDataSource(() => createStoreDataSource({ ...database, poolSize }), { migrationsRun: true, log: quiet });
}

/** A scratch database of its own, migrated to the end, and the way to drop it. */
export interface MigratedDatabase {
  readonly db: DataSource;
  drop(): Promise<void>;
}

/**
 * A database of its own in which the store's migrations ran up to `migration`, `seed` wrote the rows the
 * migration is to meet, and then every migration ran, `migration` first: the way to test one migration on the
 * data an older schema holds. A database apart, so the run's shared one is never rewound.
 */
export async function migratedFrom(
  prefix: string,
  migration: DatabaseOptions['migrations'][number],
  seed: (before: DataSource) => Promise<void>,
): Promise<MigratedDatabase> {
  const all = [...STORE_DATABASE.migrations];
  const index = all.indexOf(migration);
  if (index < 0) throw new Error(`${migration.name} is not one of the store's migrations`);
  const serverUrl = loadConfig(process.env).database.url;
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const url = databaseUrl(serverUrl, name);
  const at = (migrations: DatabaseOptions['migrations']) =>
    createDataSource({ url, poolSize: 2, migrationsRun: false }, { ...STORE_DATABASE, migrations });
  await createDatabase(serverUrl, name);
  const db = at(all);
  try {
    const before = at(all.slice(0, index));
    await before.initialize();
    try {
      await before.runMigrations({ transaction: 'each' });
      await seed(before);
    } finally {
      await before.destroy();
    }
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
  } catch (error) {
    if (db.isInitialized) await db.destroy();
    await dropDatabase(serverUrl, name);
    throw error;
  }
  return {
    db,
    async drop() {
      await db.destroy();
      await dropDatabase(serverUrl, name);
    },
  };
}

/** The store's write path on the run's store database, quiet but for errors: what the write-side int-specs test. */
export async function connectStoreWriter(
  poolSize: number,
): Promise<{ dataSource: DataSource; repository: ArticleWriteRepository }> {
  Logger.overrideLogger(['error']);
  const dataSource = await connectStoreDatabase(poolSize);
  return { dataSource, repository: new ArticleWriteRepository(dataSource, new PipelineMetrics(new Registry())) };
}
