import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cpuSeconds } from '../bench/cpu-usage.js';
import { waitUntilOk } from '../chaos/chaos-service.js';
import { cacheDir, freePort, projectRoot, provideDatabase, provideKafka } from '../infra/index.js';
import { ServiceProcess, type ServiceName } from './service-process.js';

const USAGE = `node dist/tools/start/startup-cost.js [--runs N] [--services fetcher,processor,store] [--cpu-prof] [--entry P]
  Starts each service N times (default 5) as a restart would (compile cache on), and prints, per service, the median
  CPU seconds of the process and wall seconds from the spawn until it answers /health/live and /health/ready.
  CPU time depends far less on the machine's load than wall time. --cpu-prof writes V8 CPU profiles of each start
  to .cache/startup-profiles/. --entry compares another build of the entry point, {name} replaced by the service
  (default: the bundle npm run build makes, dist/apps/{name}/src/main.bundle.mjs; the module tree is
  dist/apps/{name}/src/main.js).`;

const PORT_KEYS: Record<ServiceName, string> = {
  fetcher: 'FETCHER_PORT',
  processor: 'PROCESSOR_PORT',
  store: 'STORE_PORT',
};

interface Start {
  liveCpu: number;
  liveWall: number;
  readyCpu: number;
  readyWall: number;
}

/** One start of `name`: spawned, timed until live then ready, then stopped. */
async function measureStart(
  name: ServiceName,
  env: NodeJS.ProcessEnv,
  nodeArgs: string[],
  entry: string,
): Promise<Start> {
  const port = await freePort();
  const script = join(projectRoot(), entry.replaceAll('{name}', name));
  const url = `http://127.0.0.1:${port}`;
  const spawned = performance.now();
  const child = new ServiceProcess(
    name,
    script,
    { ...env, [PORT_KEYS[name]]: String(port) },
    () => undefined,
    nodeArgs,
  );
  try {
    await waitUntilOk(`${url}/health/live`, name, 120_000);
    const liveWall = (performance.now() - spawned) / 1000;
    const liveCpu = cpuSeconds(child.pid);
    await waitUntilOk(`${url}/health/ready`, name, 120_000);
    return { liveCpu, liveWall, readyCpu: cpuSeconds(child.pid), readyWall: (performance.now() - spawned) / 1000 };
  } finally {
    await child.stop();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      services: { type: 'string', default: 'fetcher,processor,store' },
      'cpu-prof': { type: 'boolean' },
      entry: { type: 'string', default: 'dist/apps/{name}/src/main.bundle.mjs' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  const runs = Number(values.runs);
  const services = values.services.split(',') as ServiceName[];
  const profileDir = cacheDir('startup-profiles');
  if (values['cpu-prof']) mkdirSync(profileDir, { recursive: true });
  const nodeArgs = values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const kafka = await provideKafka(process.env, { port: await freePort() });
  const database = await provideDatabase({ env: process.env, database: 'news_startup_cost' });
  const env = {
    ...process.env,
    KAFKA_BROKERS: kafka.brokers.join(','),
    DATABASE_URL: database.url,
    KAFKA_NAMESPACE: `startup-${Date.now()}`,
    HTTP_HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
  };
  try {
    process.stdout.write(`| service | runs | CPU s to live | CPU s to ready | wall s to live | wall s to ready |\n`);
    process.stdout.write(`| --- | --- | --- | --- | --- | --- |\n`);
    for (const name of services) {
      const starts: Start[] = [];
      // The first start fills the compile cache and applies migrations: not what a restart costs.
      await measureStart(name, env, [], values.entry);
      for (let i = 0; i < runs; i++) starts.push(await measureStart(name, env, nodeArgs, values.entry));
      const m = (key: keyof Start) => median(starts.map((s) => s[key])).toFixed(2);
      process.stdout.write(
        `| ${name} | ${runs} | ${m('liveCpu')} | ${m('readyCpu')} | ${m('liveWall')} | ${m('readyWall')} |\n`,
      );
    }
  } finally {
    await database.stop();
    await kafka.stop();
  }
}

await main();
