import { randomBytes } from 'node:crypto';
import type { DatabaseHandle, KafkaHandle } from '../../tools/infra/index.js';
import { loadInfra } from './infra-loader.js';

/** What global-teardown.ts must undo. */
export interface TestInfrastructure {
  kafka: KafkaHandle;
  server: DatabaseHandle;
  database: string;
}

declare global {
  var testInfrastructure: TestInfrastructure | undefined;
}

function say(line: string): void {
  process.stdout.write(`\n[test infrastructure] ${line}`);
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
  const server = await provideDatabase({ env: process.env, database: 'news_test_server' });
  const database = `news_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  await createDatabase(server.serverUrl, database);
  const url = new URL(server.serverUrl);
  url.pathname = `/${database}`;
  say(`${server.describe}, database ${database}\n`);
  process.env.KAFKA_BROKERS = kafka.brokers.join(',');
  process.env.DATABASE_URL = url.toString();
  globalThis.testInfrastructure = { kafka, server, database };
}
