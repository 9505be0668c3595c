import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { fixRequestQueueTimer } from '@app/messaging';
import type * as Infra from '../../tools/infra/index.js';

/** What global-teardown.ts undoes; Jest runs setup and teardown in one process, so globalThis carries it. */
export interface TestInfrastructure {
  teardown(): Promise<void>;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function say(line: string): void {
  process.stdout.write(`\n[test infrastructure] ${line}`);
}

/**
 * kafkajs's timer fix from libs/messaging, for the broker probe this process runs (`createKafka` applies it in the
 * test workers, but the probe builds its own client). A file that imports nothing but kafkajs, so it can be
 * transpiled on its own; the lib's index would bring Nest and the rest of the lib.
 */
const REQUEST_QUEUE_FIX = join(ROOT, 'libs', 'messaging', 'src', 'request-queue.fix.ts');

/**
 * Jest loads this file with Node's own ES module loader, outside its module registry, so `../../tools/infra`
 * cannot be imported from source (Node 20 runs no TypeScript and finds no `.js` files there). Rather than
 * depend on a build that may be stale, the infra sources (and the kafkajs fix) are transpiled here into a cache
 * folder named by their content hash, and imported from there.
 */
async function importInfra(): Promise<{ infra: typeof Infra; fixRequestQueueTimer: typeof fixRequestQueueTimer }> {
  const sourceDir = join(ROOT, 'tools', 'infra');
  const paths = readdirSync(sourceDir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
    .sort()
    .map((file) => join(sourceDir, file));
  const sources = new Map([...paths, REQUEST_QUEUE_FIX].map((path) => [basename(path), readFileSync(path, 'utf8')]));
  const hash = createHash('sha256');
  for (const [file, text] of sources) hash.update(`${file}\0${text}\0`);
  const outDir = join(ROOT, '.cache', 'test-infra', hash.digest('hex').slice(0, 16));
  if (!existsSync(outDir)) await transpileInto(outDir, sources);
  const load = (file: string) => import(pathToFileURL(join(outDir, file.replace(/\.ts$/, '.js'))).href);
  const fix = (await load(basename(REQUEST_QUEUE_FIX))) as { fixRequestQueueTimer: typeof fixRequestQueueTimer };
  return { infra: (await load('index.ts')) as typeof Infra, fixRequestQueueTimer: fix.fixRequestQueueTimer };
}

async function transpileInto(outDir: string, sources: Map<string, string>): Promise<void> {
  const { default: ts } = await import('typescript');
  const partial = `${outDir}.partial-${process.pid}`;
  mkdirSync(partial, { recursive: true });
  const compilerOptions = { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false };
  for (const [file, text] of sources)
    writeFileSync(
      join(partial, file.replace(/\.ts$/, '.js')),
      ts.transpileModule(text, { compilerOptions, fileName: file }).outputText,
    );
  try {
    renameSync(partial, outDir);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(outDir)) throw error;
  }
  // Builds of earlier versions of the sources are never used again.
  const parent = dirname(outDir);
  for (const entry of readdirSync(parent)) {
    if (join(parent, entry) !== outDir && !entry.includes('.partial-'))
      rmSync(join(parent, entry), { recursive: true, force: true });
  }
}

/**
 * One broker and one throw-away database for the integration and end-to-end tiers: `KAFKA_BROKERS` or a local
 * broker started for the run, and a fresh `news_test_<time>_<random>` database on the server of `DATABASE_URL`,
 * 127.0.0.1:5432 or an embedded PostgreSQL, so a user's data is never touched. Test workers inherit the env.
 */
export default async function globalSetup(): Promise<void> {
  const { infra, fixRequestQueueTimer } = await importInfra();
  fixRequestQueueTimer();
  const kafka = await infra.provideKafka(process.env);
  say(`kafka: ${kafka.describe}`);
  const database = `news_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  let server: Infra.DatabaseHandle;
  try {
    server = await infra.provideDatabase({ env: process.env, database });
    if (server.kind === 'external') await infra.createDatabase(server.serverUrl, database);
  } catch (error) {
    await kafka.stop();
    throw error;
  }
  say(`postgres: ${server.describe}${server.kind === 'external' ? `, test database ${database} on its server` : ''}\n`);
  process.env.KAFKA_BROKERS = kafka.brokers.join(',');
  process.env.DATABASE_URL = infra.databaseUrl(server.serverUrl, database);
  const teardown = async () => {
    await infra
      .dropDatabase(server.serverUrl, database)
      .catch((error: unknown) => say(`could not drop ${database}: ${String(error)}\n`));
    await server.stop();
    await kafka.stop();
  };
  (globalThis as { testInfrastructure?: TestInfrastructure }).testInfrastructure = { teardown };
}
