import { loadConfig } from '@app/config';
import type { EnrichedArticle } from '@app/contracts';
import { createEntityExtractor } from '@app/ner';
import { PipelineMetrics } from '@app/observability';
import { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Registry } from 'prom-client';
import type { DataSource, EntityManager } from 'typeorm';
import { enrichArticle } from '../../apps/processor/src/article-enricher.js';
import { createDataSource } from '../../apps/store/src/data-source.js';
import { ArticleWriteRepository } from '../../apps/store/src/write/article-write.repository.js';
import { consumed } from '../../apps/store/src/write/enriched-article.fixture.js';
import { databaseUrl } from '../infra/database-url.js';
import { createDatabase, dropDatabase } from '../infra/postgres.admin.js';
import { generateCorpus } from './corpus.js';
import { asRawArticle, BENCH_ORIGIN } from './processor-speed.js';

const ARTICLES = Number(process.env.STATEMENTS_ARTICLES ?? 2000);
const BATCH = Number(process.env.STATEMENTS_BATCH ?? 25);
const PASSES = Number(process.env.STATEMENTS_PASSES ?? 3);

/** Nanoseconds a process has run on a CPU (Linux `schedstat`): precise where `/proc/<pid>/stat` counts 10 ms ticks. */
const runNs = (pid: number) => Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);

/** A statement's name: its first words, enough to tell the write path's statements apart. */
const label = (sql: string) =>
  sql
    .replace(/\s+/g, ' ')
    .trim()
    .match(/^(WITH \w+ AS \(\w+ \w+ \w+|\w+ \w+ \w+)/)![0];

/**
 * Wraps each write transaction so every statement it runs is charged the CPU its backend spent on it (triggers
 * included, since they run inside the statement); what is left of the backends' total is BEGIN, COMMIT and
 * the connection's own work.
 */
function instrument(dataSource: DataSource, spent: Map<string, number>, pids: Set<number>): void {
  const transaction = dataSource.transaction.bind(dataSource) as (run: (m: EntityManager) => unknown) => unknown;
  (dataSource as { transaction: unknown }).transaction = (run: (m: EntityManager) => Promise<unknown>) =>
    transaction(async (manager: EntityManager) => {
      const [{ pid }] = (await manager.query('SELECT pg_backend_pid() AS pid')) as { pid: number }[];
      pids.add(pid);
      const query = manager.query.bind(manager);
      manager.query = async (sql: string, params?: unknown[]) => {
        const before = runNs(pid);
        const result = await query(sql, params);
        spent.set(label(sql), (spent.get(label(sql)) ?? 0) + runNs(pid) - before);
        return result;
      };
      return run(manager);
    });
}

/**
 * The PostgreSQL CPU of the store's write path, per statement: the bench corpus, really enriched, written as new
 * articles in batches of `STATEMENTS_BATCH` into a fresh database, `STATEMENTS_PASSES` times (each pass a new
 * source, so new rows), then once more re-processed (the same articles, a later `processedAt`: links replaced).
 * Prints backend CPU ms per article, per statement and in all.
 */
async function main(): Promise<void> {
  Logger.overrideLogger(['error']);
  const serverUrl = loadConfig(process.env).database.url;
  const name = `statements_${Date.now()}_${randomBytes(3).toString('hex')}`;
  await createDatabase(serverUrl, name);
  const dataSource = await createDataSource({
    url: databaseUrl(serverUrl, name),
    poolSize: 1,
    migrationsRun: false,
  }).initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    if (process.env.STATEMENTS_SETUP) await dataSource.query(process.env.STATEMENTS_SETUP);
    const extractor = createEntityExtractor();
    const corpus = generateCorpus(ARTICLES);
    const enrich = (source: string, processedAt: Date): EnrichedArticle[] =>
      corpus.map((a) => {
        const article = enrichArticle(asRawArticle(a, source), BENCH_ORIGIN, extractor, processedAt);
        return { ...article, storyId: article.id, duplicate: 'unique' };
      });
    const repository = new ArticleWriteRepository(dataSource, new PipelineMetrics(new Registry()));
    const run = async (label: string, articles: EnrichedArticle[]) => {
      const spent = new Map<string, number>();
      const pids = new Set<number>();
      instrument(dataSource, spent, pids);
      const [{ pid }] = (await dataSource.query('SELECT pg_backend_pid() AS pid')) as { pid: number }[];
      const before = runNs(pid);
      for (let i = 0; i < articles.length; i += BATCH)
        await repository.upsertMany(articles.slice(i, i + BATCH).map((a, j) => consumed(a, i + j)));
      const total = runNs(pid) - before;
      const ms = (ns: number) => (ns / 1e6 / articles.length).toFixed(3);
      console.log(`${label}: backend ${ms(total)} ms per article (${articles.length}, batches of ${BATCH})`);
      for (const [statement, ns] of [...spent].sort((a, b) => b[1] - a[1]))
        console.log(`  ${ms(ns).padStart(7)}  ${statement}`);
      console.log(`  ${ms(total - [...spent.values()].reduce((s, n) => s + n, 0)).padStart(7)}  (BEGIN, COMMIT, rest)`);
      (dataSource as { transaction: unknown }).transaction = Object.getPrototypeOf(dataSource).transaction;
    };
    const first = enrich('stmt-0', new Date());
    for (let pass = 0; pass < PASSES; pass++)
      await run(`new ${pass + 1}`, pass === 0 ? first : enrich(`stmt-${pass}`, new Date()));
    await run('re-processed', enrich('stmt-0', new Date(Date.now() + 60_000)));
  } finally {
    await dataSource.destroy();
    if (process.env.STATEMENTS_KEEP) console.log(`kept ${name}`);
    else await dropDatabase(serverUrl, name);
  }
}

void main();
