import { TOPICS } from '@app/contracts';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { freshNamespace } from '../../test/support/pipeline.js';
import { GroupProgress } from './group-progress.js';

describe('GroupProgress', () => {
  const brokers = process.env.KAFKA_BROKERS!.split(',');
  const namespace = freshNamespace('group-progress');
  const topic = `${namespace}.${TOPICS.rawArticles}`;
  const groupId = `${namespace}.processor`;
  const kafka = new Kafka({ clientId: 'group-progress-spec', brokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  let producer: Producer;
  let progress: GroupProgress;

  beforeAll(async () => {
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 2 }], waitForLeaders: true });
    producer = kafka.producer();
    await producer.connect();
    progress = new GroupProgress(brokers, namespace);
  }, 60_000);

  afterAll(async () => {
    await progress.stop();
    await producer.disconnect();
    await admin.disconnect();
  });

  const send = (count: number) =>
    producer.send({
      topic,
      messages: Array.from({ length: count }, (_, i) => ({ value: String(i), partition: i % 2 })),
    });
  const commit = (p0: number, p1: number) =>
    admin.setOffsets({
      groupId,
      topic,
      partitions: [
        { partition: 0, offset: String(p0) },
        { partition: 1, offset: String(p1) },
      ],
    });

  it('sees the group consuming again once a partition that was waiting commits past its baseline', async () => {
    await send(4);
    await commit(1, 1);
    const baseline = await progress.baseline('processor');
    expect([...baseline.entries()].sort()).toEqual([
      [0, 1n],
      [1, 1n],
    ]);
    const since = performance.now();
    // Both partitions hold messages nobody committed: waiting, not consuming.
    await expect(progress.consumingAgain('processor', baseline, since, 2_000)).resolves.toBeUndefined();
    await commit(2, 1);
    const at = await progress.consumingAgain('processor', baseline, since, 10_000);
    expect(at).toBeGreaterThanOrEqual(since);
  }, 60_000);
});
