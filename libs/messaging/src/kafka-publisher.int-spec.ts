import { loadConfig } from '@app/config';
import { randomBytes } from 'node:crypto';
import { KafkaPublisher } from './kafka-publisher.js';
import { createKafka, inNamespace } from './kafka-options.js';
import { ensureTopics } from './topic-admin.js';

describe('KafkaPublisher against a real broker', () => {
  // A small topic limit, as on a cluster left at defaults, to exercise chunking and the too-large path.
  const settings = { ...loadConfig({ ...process.env, KAFKA_TOPIC_PARTITIONS: '1', KAFKA_MAX_MESSAGE_BYTES: '65536' }).kafka, namespace: `pub-${randomBytes(4).toString('hex')}` };
  const kafka = createKafka(settings, 'publisher-spec', { warn: () => undefined, error: () => undefined });
  const publisher = new KafkaPublisher(kafka, settings);

  beforeAll(() => ensureTopics(kafka, settings, ['pub.events.v1']), 60_000);
  afterAll(() => publisher.disconnect());

  it('publishes a batch many times the topic limit, in chunks, in order', async () => {
    const messages = Array.from({ length: 100 }, (_, i) => ({ key: 'one-partition', value: `${i}:${'я'.repeat(2_500)}` }));
    await publisher.publish('pub.events.v1', messages);
    const admin = kafka.admin();
    await admin.connect();
    const [partition] = await admin.fetchTopicOffsets(inNamespace(settings.namespace, 'pub.events.v1'));
    await admin.disconnect();
    expect(partition?.high).toBe('100');
  }, 60_000);

  it('refuses a single message over the limit as PAYLOAD_TOO_LARGE, not as an outage', async () => {
    await expect(publisher.publish('pub.events.v1', [{ key: 'big', value: 'x'.repeat(200_000) }])).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE', retryable: false });
  }, 60_000);
});
