import 'reflect-metadata';
import { loadConfig } from '@app/config';
import { Logger, type INestApplication } from '@nestjs/common';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createConsoleApp } from '../../apps/console/src/console.app.js';
import { createFetcherApp } from '../../apps/fetcher/src/fetcher.app.js';
import { createProcessorApp } from '../../apps/processor/src/processor.app.js';
import { createStoreApp } from '../../apps/store/src/store.app.js';
import {
  createDatabase,
  databaseUrl,
  dropDatabase,
  projectRoot,
  provideDatabase,
  provideKafka,
} from '../infra/index.js';
import { consolePages } from './console-pages.js';
import { timePages, type PageTiming } from './page-timer.js';

/**
 * `npm run bench:console [-- --articles 100000 --runs 7 --keep] [--database NAME]`
 *
 * How fast each console page shows its data with a realistic database: fills a fresh database with synthetic
 * articles (the store benchmark's generator: eight sources, five entity links each, two years of dates),
 * runs the fetcher, processor, store and console in this process against it (`KAFKA_BROKERS` and
 * `DATABASE_URL` when given, else a local broker and PostgreSQL), and loads each page in headless Chromium
 * from a blank tab until its data is on screen. Prints the median of `--runs` loads per page after a warm-up.
 * The database is dropped at the end unless `--keep`; `--database` times against one kept from an earlier run
 * (on the same server) instead of seeding a new one.
 */
const log = (message: string) => process.stderr.write(`${message}\n`);

function seed(url: string, articles: number): Promise<void> {
  const generator = join(projectRoot(), 'dist', 'tools', 'store-bench', 'generate.js');
  const entities = String(Math.max(1_000, Math.round(articles / 10)));
  return new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      [generator, '--articles', String(articles), '--entities', entities, '--chunk', '20000'],
      { env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn' }, maxBuffer: 16 * 1024 * 1024 },
      (error, _stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve()),
    ),
  );
}

async function listen(app: INestApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  return (await app.getUrl()).replace('[::1]', '127.0.0.1');
}

/** The four services in this process on free ports; the console reads the other three. */
async function startServices(env: NodeJS.ProcessEnv): Promise<{ console: string; close(): Promise<void> }> {
  const config = loadConfig(env);
  const apps: INestApplication[] = [
    await createFetcherApp(config),
    await createProcessorApp(config),
    await createStoreApp(config),
  ];
  const [fetcher, processor, store] = await Promise.all(apps.map(listen));
  const consoleApp = await createConsoleApp(
    loadConfig({ ...env, CONSOLE_FETCHER_URL: fetcher, CONSOLE_PROCESSOR_URL: processor, CONSOLE_STORE_URL: store }),
  );
  apps.push(consoleApp);
  const url = await listen(consoleApp);
  for (const base of [fetcher, processor, store, url]) {
    for (
      let tries = 0;
      !(await fetch(`${base}/health/ready`).then(
        (r) => r.ok,
        () => false,
      ));
      tries += 1
    ) {
      if (tries > 240) throw new Error(`${base} did not become ready`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  return { console: url, close: async () => void (await Promise.all(apps.reverse().map((app) => app.close()))) };
}

function report(articles: number, seedSeconds: number, timings: readonly PageTiming[]): void {
  const lines = [
    `console page loads with ${articles.toLocaleString('en')} articles (seeded in ${seedSeconds} s); ms from navigation to data rendered`,
    '',
    '| Page | median ms | runs (ms) |',
    '|---|---:|---|',
    ...timings.map((t) => `| ${t.name} | ${Math.round(t.medianMs)} | ${t.runs.map((r) => Math.round(r)).join(', ')} |`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '100000' },
      runs: { type: 'string', default: '7' },
      keep: { type: 'boolean', default: false },
      database: { type: 'string' },
    },
  });
  let articles = Number(values.articles);
  Logger.overrideLogger(['error']);
  const kafka = await provideKafka(process.env);
  const reused = values.database;
  const name = reused ?? `news_console_bench_${Date.now()}`;
  const server = await provideDatabase({ env: process.env, database: name });
  if (server.kind === 'external') await createDatabase(server.serverUrl, name);
  const url = databaseUrl(server.serverUrl, name);
  const adminKey = `bench_admin_${randomBytes(18).toString('base64url')}`;
  const env = {
    ...process.env,
    LOG_LEVEL: 'error',
    HTTP_HOST: '127.0.0.1',
    KAFKA_BROKERS: kafka.brokers.join(','),
    KAFKA_NAMESPACE: `bench-console-${randomBytes(3).toString('hex')}`,
    DATABASE_URL: url,
    INGEST_API_KEYS: Array.from({ length: 8 }, (_, n) => `bench-${n}=bench_key_${n}_${adminKey}`).join(','),
    ADMIN_API_KEYS: `bench-admin=${adminKey}`,
    FEED_POLLING_ENABLED: 'false',
  };
  try {
    const seeding = performance.now();
    if (!reused) {
      log(`seeding ${articles} articles into ${name} (${server.describe})`);
      await seed(url, articles);
    }
    const seedSeconds = Math.round((performance.now() - seeding) / 1000);
    const services = await startServices(env);
    try {
      const db = new pg.Client({ connectionString: url });
      await db.connect();
      const pages = await consolePages(db);
      articles = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM articles')).rows[0]!.n;
      await db.end();
      log(`timing ${pages.length} pages, ${values.runs} loads each`);
      report(articles, seedSeconds, await timePages(services.console, adminKey, pages, Number(values.runs)));
    } finally {
      await services.close();
    }
  } finally {
    if (!values.keep && !reused) await dropDatabase(server.serverUrl, name).catch(() => undefined);
    await server.stop();
    await kafka.stop();
  }
}

await main();
process.exit(0);
