import { loadConfig } from '@app/config';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { provideDatabase, provideKafka, projectRoot, type KafkaHandle } from './infra/index.js';
import { ServiceProcess, serviceEntry, type AppName } from './start/service-process.js';
import { Supervisor } from './start/supervisor.js';

/**
 * `npm start`: the whole system on one machine. Uses KAFKA_BROKERS and DATABASE_URL when given; otherwise
 * starts a local Kafka broker (from Maven Central jars) and finds or starts PostgreSQL. Then runs the
 * three services, feeds them a sample article, and prints where to look. A service or a local broker that exits by
 * itself is restarted with backoff, loudly. Ctrl-C stops everything, services first.
 */
const SERVICES: AppName[] = ['fetcher', 'processor', 'store', 'console'];

function say(message: string): void {
  process.stdout.write(`\x1b[1m==>\x1b[0m ${message}\n`);
}

/** What must not scroll by unnoticed: a crash and its restart. */
function shout(message: string): void {
  process.stdout.write(`\x1b[1;31m!!! ${message}\x1b[0m\n`);
}

/** A restart this many times before the service was first ready means it cannot start: give up and say why. */
const START_RESTARTS = 3;

/** The broker as a supervised child: it exits, and it stops. */
function brokerChild(handle: KafkaHandle): { handle: KafkaHandle; exited: Promise<string>; stop(): Promise<void> } {
  return { handle, exited: handle.exited.then(() => 'exited'), stop: () => handle.stop() };
}

async function waitUntil(
  check: () => Promise<boolean>,
  what: string,
  timeoutMs: number,
  failed: () => string | undefined,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const failure = failed();
    if (failure) throw new Error(failure);
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
}

async function feedSample(
  root: string,
  fetcher: string,
  store: string,
  key: string,
  readKey: string,
  failed: () => string | undefined,
): Promise<void> {
  const sample = readFileSync(`${root}/tools/start/sample-article.json`, 'utf8');
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${key}` };
  const response = await fetch(`${fetcher}/v1/articles`, { method: 'POST', headers, body: sample });
  const { id, results } = (await response.json()) as { id: string; results: { status: string }[] };
  say(`posted a sample article: HTTP ${response.status}, ${results[0]?.status}, id ${id}`);
  const started = Date.now();
  await waitUntil(
    async () => (await fetch(`${store}/v1/articles/${id}`, { headers: { authorization: `Bearer ${readKey}` } })).ok,
    'the sample article in the store',
    30_000,
    failed,
  );
  say(`stored after ${Date.now() - started} ms: ${store}/v1/articles/${id}`);
}

function printWhereToLook(
  fetcher: string,
  processor: string,
  store: string,
  brokers: string,
  database: string,
  key: string,
  readKey: string,
  consoleUrl: string,
  adminKey: string,
): void {
  process.stdout.write(`
  console    ${consoleUrl}/ui/   (paste the demo admin key into "Read key": ${adminKey})
  fetcher    ${fetcher}   POST /v1/articles
  processor  ${processor}   (consumes the raw topic)
  store      ${store}   GET /v1/articles/:id
  health     ${fetcher}/health/ready  (and the same on each service)
  kafka      ${brokers}
  postgres   ${database.replace(/:[^:@/]*@/, ':***@')}

  Try (the demo key is for source demo-wire, valid until Ctrl-C):
    KEY=${key}
    curl -s -X POST ${fetcher}/v1/articles -H 'content-type: application/json' -H "authorization: Bearer $KEY" \\
      -d '{"source":"demo-wire","externalId":"1","title":"Заголовок","body":"Текст новости","publishedAt":"2026-11-25T10:00:00+03:00","lang":"ru"}'

  Read the store with the demo read key:  curl -s ${store}/v1/articles -H "authorization: Bearer ${readKey}"

  Ctrl-C stops everything.
`);
}

async function main(): Promise<void> {
  const root = projectRoot();
  const config = loadConfig(process.env);
  say('preparing Kafka');
  const startKafka = () => provideKafka(process.env, { port: 9092, persistent: true });
  const kafka = await startKafka();
  say(`kafka: ${kafka.describe}`);
  const broker = new Supervisor(
    'kafka broker',
    async () => brokerChild(await startKafka()),
    { shout },
    brokerChild(kafka),
  );
  say('preparing PostgreSQL');
  const database = await provideDatabase({ env: process.env, database: 'news' });
  say(`postgres: ${database.describe}`);

  // A key for this run only, so the demo needs no set-up and leaves no key behind.
  const demoKey = `demo_${randomBytes(24).toString('base64url')}`;
  const readKey = `demo_read_${randomBytes(24).toString('base64url')}`;
  const adminKey = `demo_admin_${randomBytes(24).toString('base64url')}`;
  const apiKeys = [process.env.INGEST_API_KEYS, `demo-wire=${demoKey}`].filter(Boolean).join(',');
  const env = {
    ...process.env,
    KAFKA_BROKERS: kafka.brokers.join(','),
    DATABASE_URL: database.url,
    INGEST_API_KEYS: apiKeys,
    READ_API_KEYS: [process.env.READ_API_KEYS, `demo-reader=${readKey}`].filter(Boolean).join(','),
    ADMIN_API_KEYS: [process.env.ADMIN_API_KEYS, `demo-admin=${adminKey}`].filter(Boolean).join(','),
  };
  const spawn = (name: AppName) => new ServiceProcess(name, serviceEntry(name), env);
  const services = SERVICES.map((name) => new Supervisor(name, () => spawn(name), { shout }, spawn(name)));
  let stopping = false;
  const failed = () => {
    const dead = services.find((s) => s.restartCount >= START_RESTARTS);
    return dead ? `${dead.name} keeps exiting:\n${dead.current.tail()}` : undefined;
  };
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('stopping the services');
    await Promise.all(services.map((s) => s.stop()));
    say('stopping the infrastructure');
    await database.stop();
    await broker.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    const host = config.http.host === '0.0.0.0' ? '127.0.0.1' : config.http.host;
    const urls = {
      fetcher: `http://${host}:${config.http.ports.fetcher}`,
      processor: `http://${host}:${config.http.ports.processor}`,
      store: `http://${host}:${config.http.ports.store}`,
      console: `http://${host}:${config.console.port}`,
    };
    for (const name of SERVICES) {
      await waitUntil(
        async () => (await fetch(`${urls[name]}/health/ready`)).ok,
        `${name} to be ready`,
        120_000,
        failed,
      );
      say(`${name} ready (pid ${services[SERVICES.indexOf(name)]!.current.pid})`);
    }
    await feedSample(root, urls.fetcher, urls.store, demoKey, readKey, failed);
    printWhereToLook(
      urls.fetcher,
      urls.processor,
      urls.store,
      kafka.brokers.join(','),
      database.url,
      demoKey,
      readKey,
      urls.console,
      adminKey,
    );
  } catch (error) {
    process.stderr.write(`\nstart failed: ${(error as Error).message}\n`);
    await shutdown(1);
  }
}

await main();
