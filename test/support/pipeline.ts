import { loadConfig, type AppConfig } from '@app/config';
import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createFetcherApp } from '../../apps/fetcher/src/fetcher.app.js';
import { createProcessorApp } from '../../apps/processor/src/processor.app.js';
import { createStoreApp } from '../../apps/store/src/store.app.js';
import { waitFor } from './wait-for.js';

export interface RunningPipeline {
  config: AppConfig;
  fetcher: string;
  processor: string;
  store: string;
  close(): Promise<void>;
}

/** A namespace of its own for each test file: fresh topics and consumer groups on the shared broker. */
export function freshNamespace(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

/** Sources the test configuration has API keys for (`INGEST_API_KEYS`). */
export const TEST_SOURCES = ['e2e-tass', 'e2e-ria', 'e2e-down', 'e2e-meta', 'e2e-read', 'e2e-feeds'] as const;

/** The `Authorization` header for a test source. */
export function authFor(source: (typeof TEST_SOURCES)[number]): { authorization: string } {
  return { authorization: `Bearer test-key-for-${source}` };
}

/** The read key the test configuration has (`READ_API_KEYS`): the store's data routes need one. */
export const TEST_READ_KEY = 'test-read-key-for-e2e';

/** The admin key the test configuration has (`ADMIN_API_KEYS`): scopes read and admin. */
export const TEST_ADMIN_KEY = 'test-admin-key-for-e2e';

/** The `Authorization` header of the test read key. */
export function readAuth(): { authorization: string } {
  return { authorization: `Bearer ${TEST_READ_KEY}` };
}

/** The environment of a test service: the global setup's broker and database, test keys, and `overrides`. */
export function testEnv(overrides: Record<string, string> = {}): Record<string, string | undefined> {
  const apiKeys = TEST_SOURCES.map((source) => `${source}=test-key-for-${source}`).join(',');
  return {
    ...process.env,
    LOG_LEVEL: 'warn',
    HTTP_HOST: '127.0.0.1',
    INGEST_API_KEYS: apiKeys,
    READ_API_KEYS: `e2e=${TEST_READ_KEY}`,
    ADMIN_API_KEYS: `e2e-admin=${TEST_ADMIN_KEY}`,
    ...overrides,
  };
}

export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return loadConfig(testEnv(overrides));
}

async function listen(app: INestApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  return (await app.getUrl()).replace('[::1]', '127.0.0.1');
}

/** How many rows the store's `articles` table holds for article `id`, read in a session of its own. */
export async function articleRows(pipeline: RunningPipeline, id: string): Promise<number> {
  const db = new pg.Client({ connectionString: pipeline.config.database.url });
  await db.connect();
  try {
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM articles WHERE id = $1', [id]);
    return rows[0]!.n;
  } finally {
    await db.end();
  }
}

/** Starts the three services in this process on ephemeral ports and waits until each is ready. */
export async function startPipeline(overrides: Record<string, string> = {}): Promise<RunningPipeline> {
  const config = testConfig(overrides);
  const apps = [await createFetcherApp(config), await createProcessorApp(config), await createStoreApp(config)];
  const [fetcher, processor, store] = (await Promise.all(apps.map(listen))) as [string, string, string];
  for (const url of [fetcher, processor, store]) {
    await waitFor(
      async () => ((await fetch(`${url}/health/ready`)).ok ? true : undefined),
      `${url} to be ready`,
      60_000,
    );
  }
  return {
    config,
    fetcher,
    processor,
    store,
    close: async () => void (await Promise.all(apps.map((app) => app.close()))),
  };
}
