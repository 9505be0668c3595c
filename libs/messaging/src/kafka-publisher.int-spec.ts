import { loadConfig } from '@app/config';
import { PipelineMetrics } from '@app/observability';
import { Registry } from 'prom-client';
import { randomBytes } from 'node:crypto';
import { KafkaPublisher } from './kafka-publisher.js';
import { createKafka, inNamespace } from './kafka-options.js';
import { ensureTopics } from './topic-admin.js';

describe('KafkaPublisher against a real broker', () => {
  // A small topic limit, as on a cluster left at defaults, to exercise chunking and the too-large path.
  const settings = {
    ...loadConfig({ ...process.env, KAFKA_TOPIC_PARTITIONS: '1', KAFKA_MAX_MESSAGE_BYTES: '65536' }).kafka,
    namespace: `pub-${randomBytes(4).toString('hex')}`,
  };
  const kafka = createKafka(settings, 'publisher-spec', { warn: () => undefined, error: () => undefined });
  const publisher = new KafkaPublisher(kafka, settings);

  beforeAll(() => ensureTopics(kafka, settings, ['pub.events.v1']), 60_000);
  afterAll(() => publisher.disconnect());

  it('publishes a batch many times the topic limit, in chunks, in order', async () => {
    const messages = Array.from({ length: 100 }, (_, i) => ({
      key: 'one-partition',
      value: `${i}:${'я'.repeat(2_500)}`,
    }));
    await publisher.publish('pub.events.v1', messages);
    const admin = kafka.admin();
    await admin.connect();
    const [partition] = await admin.fetchTopicOffsets(inNamespace(settings.namespace, 'pub.events.v1'));
    await admin.disconnect();
    expect(partition?.high).toBe('100');
  }, 60_000);

  it('refuses a single message over the limit as PAYLOAD_TOO_LARGE, not as an outage', async () => {
    await expect(
      publisher.publish('pub.events.v1', [{ key: 'big', value: 'x'.repeat(200_000) }]),
    ).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE', retryable: false });
  }, 60_000);

  it('fails only the oversized caller when the topic holds less than configured', async () => {
    // As on a cluster whose topic was created with a smaller limit than KAFKA_MAX_MESSAGE_BYTES says:
    // the oversized message shares a produce request with others before the broker refuses it.
    const optimistic = new KafkaPublisher(kafka, { ...settings, maxMessageBytes: 1_000_000 });
    const before = await highWatermark();
    const head = optimistic.publish('pub.events.v1', [{ key: 'one-partition', value: 'head' }]);
    const small = Array.from({ length: 20 }, (_, i) =>
      optimistic.publish('pub.events.v1', [{ key: 'one-partition', value: `small ${i}` }]),
    );
    // Random bytes, which no codec shrinks: the broker (which checks compressed batches) must refuse it.
    const incompressible = randomBytes(100_000).toString('base64');
    const huge = optimistic.publish('pub.events.v1', [{ key: 'one-partition', value: incompressible }]);
    const after = optimistic.publish('pub.events.v1', [{ key: 'one-partition', value: 'after' }]);
    await expect(huge).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    await Promise.all([head, ...small, after]);
    await optimistic.disconnect();
    expect((await highWatermark()) - before).toBe(22);
  }, 60_000);

  it('reports the calls waiting behind the request in flight as kafka_produce_queue_depth, 0 once all are sent', async () => {
    const metrics = new PipelineMetrics(new Registry());
    const watched = new KafkaPublisher(kafka, settings, metrics);
    const depth = async () => (await metrics.produceQueueDepth.get()).values[0]?.value;
    const burst = Array.from({ length: 21 }, (_, i) =>
      watched.publish('pub.events.v1', [{ key: 'one-partition', value: `burst ${i}` }]),
    );
    // The first call's request is waiting for the connection, so the other 20 are queued behind it.
    expect(await depth()).toBe(20);
    await Promise.all(burst);
    expect(await depth()).toBe(0);
    await watched.disconnect();
  }, 60_000);

  async function highWatermark(): Promise<number> {
    const admin = kafka.admin();
    await admin.connect();
    const [partition] = await admin.fetchTopicOffsets(inNamespace(settings.namespace, 'pub.events.v1'));
    await admin.disconnect();
    return Number(partition?.high);
  }
});
