import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Infra from '../../tools/infra/index.js';

/** What global-teardown.ts must undo (kept on globalThis, which Jest shares between setup and teardown). */
export interface TestInfrastructure {
  kafka: Infra.KafkaHandle;
  server: Infra.DatabaseHandle;
  database: string;
}

function say(line: string): void {
  process.stdout.write(`\n[test infrastructure] ${line}`);
}

/**
 * Jest runs global setup outside its module registry, where the sources' `.js` imports do not resolve (so
 * this file imports nothing relative at run time): it loads the build that `npm test` makes first.
 */
async function loadInfra(): Promise<typeof Infra> {
  const compiled = join(dirname(fileURLToPath(import.meta.url)), '../../dist/tools/infra/index.js');
  if (!existsSync(compiled)) throw new Error(`${compiled} is missing: run the tests with "npm test", which builds first`);
  return (await import(pathToFileURL(compiled).href)) as typeof Infra;
}

/**
 * One broker and one throw-away database for the integration tiers: KAFKA_BROKERS or a local broker started
 * for the run; the PostgreSQL server from DATABASE_URL, 127.0.0.1:5432 or an embedded one, on which a fresh
 * `news_test_…` database is created (so a user's data is never touched). Test workers inherit the env.
 */
export default async function globalSetup(): Promise<void> {
  const { createDatabase, provideDatabase, provideKafka } = await loadInfra();
  const started = performance.now();
  const kafka = await provideKafka(process.env);
  say(`${kafka.describe} ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const database = `news_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const server = await provideDatabase({ env: process.env, database });
  // DATABASE_URL is used as given by the services; tests still get a database of their own beside it.
  if (server.kind === 'external') await createDatabase(server.serverUrl, database);
  const url = new URL(server.serverUrl);
  url.pathname = `/${database}`;
  say(`${server.describe}, database ${database}\n`);
  process.env.KAFKA_BROKERS = kafka.brokers.join(',');
  process.env.DATABASE_URL = url.toString();
  (globalThis as { testInfrastructure?: TestInfrastructure }).testInfrastructure = { kafka, server, database };
}
