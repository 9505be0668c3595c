import { fixRequestQueueTimer } from '@app/messaging';
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import pg from 'pg';

// kafkajs 2.2.4 arms a 1 ms timer loop per idle connection (see libs/messaging request-queue.fix.ts).
fixRequestQueueTimer();

/**
 * The baseline: HTTP intake → Kafka → a consumer inserting the raw JSON into PostgreSQL, with the same
 * delivery settings as the pipeline (idempotent producer, acks=all, commit after the insert) and nothing
 * else. It uses kafkajs directly on purpose: it measures the bare cost the pipeline's own code adds to.
 * Run as a process: PORT, KAFKA_BROKERS, DATABASE_URL, TOPIC, GROUP.
 */
const env = process.env;
const kafka = new Kafka({ clientId: 'bare-pipe', brokers: env.KAFKA_BROKERS!.split(','), logLevel: logLevel.ERROR });
const producer = kafka.producer({ idempotent: true, createPartitioner: Partitioners.DefaultPartitioner });
const consumer = kafka.consumer({ groupId: env.GROUP!, maxWaitTimeInMs: 1_000 });
const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 4 });

await pool.query(
  `CREATE TABLE IF NOT EXISTS bench_raw (id uuid PRIMARY KEY, source text, external_id text, payload jsonb, received_at timestamptz, stored_at timestamptz DEFAULT clock_timestamp())`,
);
const admin = kafka.admin();
await admin.connect();
// As many partitions as the pipeline's topics (KAFKA_TOPIC_PARTITIONS, default 6), so both scale alike.
await admin.createTopics({
  waitForLeaders: true,
  topics: [{ topic: env.TOPIC!, numPartitions: Number(env.KAFKA_TOPIC_PARTITIONS ?? 6) }],
});
await admin.disconnect();
await producer.connect();
await consumer.connect();
await consumer.subscribe({ topic: env.TOPIC!, fromBeginning: true });
await consumer.run({
  autoCommit: false,
  eachBatch: async ({ batch, resolveOffset }) => {
    const rows = batch.messages.map((m) => JSON.parse(m.value!.toString()) as Record<string, unknown>);
    await pool.query(
      `INSERT INTO bench_raw (id, source, external_id, payload, received_at) SELECT (r->>'id')::uuid, r->>'source', r->>'externalId', r, (r->>'receivedAt')::timestamptz FROM jsonb_array_elements($1::jsonb) r ON CONFLICT (id) DO NOTHING`,
      [JSON.stringify(rows)],
    );
    const last = batch.messages[batch.messages.length - 1]!.offset;
    await consumer.commitOffsets([
      { topic: batch.topic, partition: batch.partition, offset: (BigInt(last) + 1n).toString() },
    ]);
    resolveOffset(last);
  },
});

const server = createServer((request, response) => {
  if (request.method !== 'POST') return void response.writeHead(200).end('ok');
  const chunks: Buffer[] = [];
  request.on('data', (c: Buffer) => chunks.push(c));
  request.on('end', () => {
    const receivedAt = new Date().toISOString();
    const items = JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown>[];
    const messages = items.map((item) => {
      const id = randomUUID();
      return { key: id, value: JSON.stringify({ ...item, id, receivedAt }) };
    });
    producer.send({ topic: env.TOPIC!, acks: -1, messages }).then(
      () =>
        response.writeHead(202, { 'content-type': 'application/json' }).end(JSON.stringify({ accepted: items.length })),
      () => response.writeHead(503).end(),
    );
  });
});
server.listen(Number(env.PORT), '127.0.0.1', () => process.stdout.write('ready\n'));
process.on('SIGTERM', () => {
  server.close();
  void Promise.all([consumer.disconnect(), producer.disconnect(), pool.end()]).then(() => process.exit(0));
});
