import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { cacheDir, createDatabase, databaseUrl, describeUrl, dropDatabase, provideDatabase } from '../infra/index.js';
import { runChaos, type ChaosInfrastructure, type ChaosOptions } from './chaos-run.js';
import { failuresOf, formatReport, slowRecoveriesOf } from './chaos-table.js';
import { parseChaosArgs } from './chaos.options.js';
import { KafkaNode } from './kafka-node.js';
import { runWithReference } from './reference-run.js';

/**
 * `npm run test:chaos`: streams tens of thousands of articles through the three services (as many instances of
 * each as asked) while killing one instance of each with SIGKILL several times, restarting and killing the Kafka broker (its own, started here), cutting PostgreSQL
 * off and having it end the services' sessions, then compares what the fetcher acknowledged with what the store
 * holds, and its grouping into stories with a single-instance run's of the same stream. Prints the counts and
 * recovery times; exits 1 if anything was lost, duplicated, left at an old version or dead-lettered without being
 * poison, grouped differently, if a service died by itself, or if a recovery outlasted its bound.
 */
async function main(): Promise<number> {
  const runId = `${Date.now()}-${randomBytes(2).toString('hex')}`;
  const parsed = parseChaosArgs(process.argv.slice(2), `chaos-${runId}`);
  if ('help' in parsed) {
    process.stdout.write(`${parsed.help}\n`);
    return 0;
  }
  const log = (line: string) => process.stderr.write(`[chaos] ${line}\n`);
  const logDir = cacheDir('chaos', runId);
  mkdirSync(logDir, { recursive: true });
  const kafka = new KafkaNode();
  await kafka.start();
  const name = `news_chaos_${runId.replace('-', '_')}`;
  const names = parsed.reference ? [name, `${name}_reference`] : [name];
  const server = await provideDatabase({ env: process.env, database: name }).catch(async (error: unknown) => {
    await kafka.destroy();
    throw error;
  });
  try {
    // The provider made the run's database unless the server is external; creating one that exists is a no-op.
    for (const each of names) await createDatabase(server.serverUrl, each);
    log(`kafka: ${kafka.describe}; postgres: ${server.describe}; service logs in ${logDir}`);
    const infra = { kafka, databaseUrl: databaseUrl(server.serverUrl, name), logDir, log };
    const referenceUrl = parsed.reference ? databaseUrl(server.serverUrl, names[1]!) : undefined;
    return await runAndPrint(parsed.options, infra, server.describe, referenceUrl);
  } finally {
    if (!parsed.keepDatabase)
      for (const each of names)
        await dropDatabase(server.serverUrl, each).catch((error: unknown) =>
          log(`could not drop ${each}: ${String(error)}`),
        );
    await server.stop();
    await kafka.destroy();
  }
}

/** The run (after its reference when there is a database for one), both tables printed; 0 when all passed. */
async function runAndPrint(
  options: ChaosOptions,
  infra: ChaosInfrastructure & { kafka: KafkaNode },
  database: string,
  referenceUrl: string | undefined,
): Promise<number> {
  const kafka = `own local broker ${infra.kafka.brokers[0]}, restarted in place (same port and data folder)`;
  if (!referenceUrl) {
    const report = await runChaos(options, infra);
    process.stdout.write(formatReport(report, { kafka, database }));
    return failuresOf(report).length + slowRecoveriesOf(report).length === 0 ? 0 : 1;
  }
  const { report, reference } = await runWithReference(options, infra, referenceUrl);
  const own = `the reference's own ${describeUrl(referenceUrl)}`;
  process.stdout.write(`reference run:\n${formatReport(reference, { kafka, database: own })}\n`);
  process.stdout.write(formatReport(report, { kafka, database }));
  const failures = [...failuresOf(reference), ...failuresOf(report), ...slowRecoveriesOf(report)];
  return failures.length === 0 ? 0 : 1;
}

// Ctrl-C: exit through the 'exit' hooks, which kill the services and the broker this run started.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

process.exitCode = await main().catch((error: unknown) => {
  process.stderr.write(`[chaos] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 2;
});
