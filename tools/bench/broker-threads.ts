import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { loadConfig } from '@app/config';
import { COMPRESSION, createKafka } from '@app/messaging';
import type { Kafka } from 'kafkajs';
import { BROKER_JVM_OPTIONS, startLocalKafka } from '../infra/index.js';
import { generateCorpus } from './corpus.js';
import { sendAsThePipelineDoes } from './pipeline-traffic.js';
import { asRawArticle } from './processor-speed.js';

/**
 * `node dist/tools/bench/broker-threads.js`: where a fresh local broker's CPU goes, by JVM thread, while it carries
 * the pipeline's traffic pattern: the corpus's raw articles produced in requests of 20 (acks=all, idempotent,
 * `COMPRESSION`) to six partitions and read back by a group that commits each batch, as the services do. Round 1
 * meets a broker just started (as every test run, bench and `npm start` does); the later rounds show what is left
 * once it warmed up. Per round: CPU ms of the whole JVM (from /proc, so threads that exited count too) and of its
 * compiler, GC and request threads (the data-plane network and handler threads); the rest is the controller,
 * metadata and group coordinator. BROKER_THREADS_ARTICLES (2000) a round, BROKER_THREADS_ROUNDS (6), and
 * BROKER_THREADS_JVM: the broker's HotSpot options, space-separated (`BROKER_JVM_OPTIONS` when unset; `-XX:+UseG1GC`,
 * say, for the JVM's own defaults).
 */
const ARTICLES = Number(process.env.BROKER_THREADS_ARTICLES ?? 2_000);
const ROUNDS = Number(process.env.BROKER_THREADS_ROUNDS ?? 6);
const silent = { warn: () => undefined, error: () => undefined };
const TICK_MS = 10;
const JVM = process.env.BROKER_THREADS_JVM?.split(' ').filter(Boolean);

type Figures = { total: number; jit: number; gc: number; requests: number };

const ticksOf = (stat: string) => {
  const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
};

/** The broker's JVM: the `java` process running the server.properties in `dataDir`. */
function brokerPid(dataDir: string): string {
  const pid = readdirSync('/proc').find((p) => {
    try {
      return (
        readFileSync(`/proc/${p}/comm`, 'utf8').trim() === 'java' &&
        readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(`${dataDir}/server.properties`)
      );
    } catch {
      return false;
    }
  });
  if (!pid) throw new Error(`no java process runs ${dataDir}/server.properties`);
  return pid;
}

function snapshot(pid: string): Figures {
  const figures: Figures = { total: ticksOf(readFileSync(`/proc/${pid}/stat`, 'utf8')), jit: 0, gc: 0, requests: 0 };
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    try {
      const name = readFileSync(`/proc/${pid}/task/${task}/comm`, 'utf8');
      const ticks = ticksOf(readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8'));
      if (/Compiler/.test(name)) figures.jit += ticks;
      else if (/GC|G1|Conc/.test(name)) figures.gc += ticks;
      else if (/data-plane/.test(name)) figures.requests += ticks;
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return figures;
}

/** CPU ms between two snapshots; a category is never below 0 (a compiler thread that exited takes its ticks along). */
const between = (a: Figures, b: Figures): Figures => ({
  total: (b.total - a.total) * TICK_MS,
  jit: Math.max(0, b.jit - a.jit) * TICK_MS,
  gc: Math.max(0, b.gc - a.gc) * TICK_MS,
  requests: Math.max(0, b.requests - a.requests) * TICK_MS,
});

async function round(kafka: Kafka, values: readonly string[]): Promise<void> {
  const topic = `threads-${randomBytes(4).toString('hex')}`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 6 }], waitForLeaders: true });
  const consumer = kafka.consumer({ groupId: topic, maxWaitTimeInMs: 1_000 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let read = 0;
  const done = new Promise<void>((resolve) => {
    void consumer.run({
      autoCommit: false,
      partitionsConsumedConcurrently: 2,
      eachBatch: async ({ batch, resolveOffset }) => {
        const last = batch.messages[batch.messages.length - 1]!.offset;
        await consumer.commitOffsets([{ topic, partition: batch.partition, offset: String(BigInt(last) + 1n) }]);
        resolveOffset(last);
        read += batch.messages.length;
        if (read >= values.length) resolve();
      },
    });
  });
  const producer = kafka.producer({ idempotent: true });
  await producer.connect();
  await sendAsThePipelineDoes(producer, topic, values, COMPRESSION);
  await done;
  await Promise.all([producer.disconnect(), consumer.disconnect()]);
  await admin.deleteTopics({ topics: [topic] });
  await admin.disconnect();
}

async function main(): Promise<void> {
  const jvmOptions = JVM ?? BROKER_JVM_OPTIONS;
  const broker = await startLocalKafka({ jvmOptions });
  try {
    const pid = brokerPid(/data in (\S+)\)/.exec(broker.describe)![1]!);
    const settings = loadConfig({ ...process.env, KAFKA_BROKERS: broker.brokers.join(','), KAFKA_NAMESPACE: '' });
    const kafka = createKafka(settings.kafka, 'broker-threads', silent);
    const values = generateCorpus(ARTICLES, 'news').map((a) => JSON.stringify(asRawArticle(a, 'threads')));
    process.stdout.write(`broker JVM options: ${jvmOptions.join(' ')}\n`);
    for (let r = 1; r <= ROUNDS; r++) {
      const before = snapshot(pid);
      await round(kafka, values);
      const f = between(before, snapshot(pid));
      process.stdout.write(
        `round ${r}: ${(f.total / ARTICLES).toFixed(3)} broker CPU ms per article ` +
          `(${f.total} ms: compiler ${f.jit}, requests ${f.requests}, GC ${f.gc})\n`,
      );
    }
  } finally {
    await broker.stop();
  }
}

await main();
