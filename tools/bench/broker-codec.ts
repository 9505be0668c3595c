import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '@app/config';
import { createKafka } from '@app/messaging';
import { CompressionTypes, type Kafka } from 'kafkajs';
import { provideKafka } from '../infra/index.js';
import { generateCorpus } from './corpus.js';
import { sendAsThePipelineDoes } from './pipeline-traffic.js';
import { cpuBetween, cpuSnapshot } from './cpu-usage.js';
import { asRawArticle } from './processor-speed.js';

/**
 * `node dist/tools/bench/broker-codec.js`: the broker's CPU per article, and the bytes it stores, with the topics
 * uncompressed and zstd-compressed, nothing else changed: the corpus's raw articles produced in requests of 20
 * (acks=all, idempotent, as the fetcher sends them) to a fresh topic and read back by a consumer group. The modes
 * alternate (BROKER_CODEC_ROUNDS rounds, 3 by default) so that the machine's load weighs on both alike; CPU time of
 * the JVM (and of this process: compression is the clients' work), not wall time. BROKER_CODEC_ARTICLES: 4000.
 */
const ARTICLES = Number(process.env.BROKER_CODEC_ARTICLES ?? 4_000);
const ROUNDS = Number(process.env.BROKER_CODEC_ROUNDS ?? 3);
const silent = { warn: () => undefined, error: () => undefined };

async function roundTrip(kafka: Kafka, values: string[], compression: CompressionTypes): Promise<void> {
  const topic = `codec-${randomBytes(4).toString('hex')}`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 6 }], waitForLeaders: true });
  const producer = kafka.producer({ idempotent: true });
  await producer.connect();
  await sendAsThePipelineDoes(producer, topic, values, compression);
  await producer.disconnect();
  const consumer = kafka.consumer({ groupId: topic });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let read = 0;
  await new Promise<void>((resolve) => {
    void consumer.run({
      eachBatch: async ({ batch }) => {
        read += batch.messages.length;
        if (read >= values.length) resolve();
      },
    });
  });
  await consumer.disconnect();
  await admin.deleteTopics({ topics: [topic] });
  await admin.disconnect();
}

async function main(): Promise<void> {
  const broker = await provideKafka({});
  const settings = loadConfig({ ...process.env, KAFKA_BROKERS: broker.brokers.join(','), KAFKA_NAMESPACE: '' }).kafka;
  const kafka = createKafka(settings, 'broker-codec', silent);
  const values = generateCorpus(ARTICLES, 'news').map((a) => JSON.stringify(asRawArticle(a, 'codec')));
  const modes = { none: CompressionTypes.None, zstd: CompressionTypes.ZSTD } as const;
  const figures = Object.fromEntries(
    Object.keys(modes).map((name) => [name, { broker: [] as number[], client: [] as number[] }]),
  );
  try {
    await roundTrip(kafka, values.slice(0, 200), CompressionTypes.None); // warm the JVM's compiler first
    for (let round = 0; round < ROUNDS; round++)
      for (const [name, compression] of Object.entries(modes)) {
        const before = cpuSnapshot([], { ownBroker: true });
        await roundTrip(kafka, values, compression);
        const used = cpuBetween(before, cpuSnapshot([], { ownBroker: true }));
        figures[name]!.broker.push(((used.kafka ?? 0) * 1000) / values.length);
        figures[name]!.client.push(((used.bench ?? 0) * 1000) / values.length);
      }
  } finally {
    await broker.stop();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(3);
  for (const [name, f] of Object.entries(figures))
    process.stdout.write(
      `${name}: broker ${median(f.broker)} CPU ms per article (runs ${f.broker.map((x) => x.toFixed(3)).join(', ')}), ` +
        `producer and consumer ${median(f.client)} (runs ${f.client.map((x) => x.toFixed(3)).join(', ')})\n`,
    );
}

await main();
