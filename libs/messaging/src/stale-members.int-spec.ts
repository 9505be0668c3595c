import { loadConfig } from '@app/config';
import type { Kafka } from 'kafkajs';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { waitFor } from '../../../test/support/wait-for.js';
import { createKafka, inNamespace } from './kafka-options.js';
import { evictMembers, membersOf } from './stale-members.js';
import { ensureTopics } from './topic-admin.js';

/** A consumer in a process of its own that joins `groupId`, prints its member id, and is then killed with SIGKILL. */
const DEAD_MEMBER = `
const { Kafka, logLevel } = await import('kafkajs');
const [brokers, groupId, topic] = process.argv.slice(1);
const consumer = new Kafka({ clientId: 'doomed@host-a:3002', brokers: brokers.split(','), logLevel: logLevel.NOTHING })
  .consumer({ groupId, sessionTimeout: 120000, heartbeatInterval: 3000 });
consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => console.log(payload.memberId));
await consumer.connect();
await consumer.subscribe({ topic, fromBeginning: true });
await consumer.run({ eachBatch: async () => undefined });
`;

describe('evictMembers', () => {
  const settings = {
    ...loadConfig({ ...process.env, KAFKA_TOPIC_PARTITIONS: '2' }).kafka,
    namespace: `evict-${randomBytes(4).toString('hex')}`,
  };
  const groupId = inNamespace(settings.namespace, 'evict-group');
  const topic = inNamespace(settings.namespace, 'evict.events.v1');
  let kafka: Kafka;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    kafka = createKafka(settings, 'evict-spec', { warn: () => undefined, error: () => undefined });
    await ensureTopics(kafka, settings, ['evict.events.v1']);
  }, 60_000);

  afterAll(() => {
    if (child?.exitCode === null) child.kill('SIGKILL');
  });

  it('drops a SIGKILLed member at once, so a new member holds every partition before its session would expire', async () => {
    child = spawn(
      process.execPath,
      ['--input-type=module', '-e', DEAD_MEMBER, settings.brokers.join(','), groupId, topic],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const [memberId] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
    child.kill('SIGKILL');
    await once(child, 'exit');

    const admin = kafka.admin();
    await admin.connect();
    try {
      const before = await admin.describeGroups([groupId]);
      expect(before.groups[0]!.members.map((m) => m.memberId)).toEqual([memberId]);
      // A process restarted in the same place (host and port) finds what its predecessor left; another does not.
      await expect(membersOf(kafka, groupId, 'doomed@host-a:3002')).resolves.toEqual([memberId]);
      await expect(membersOf(kafka, groupId, 'doomed@host-a:3003')).resolves.toEqual([]);

      await expect(evictMembers(kafka, groupId, [memberId])).resolves.toEqual([memberId]);
      const after = await admin.describeGroups([groupId]);
      expect(after.groups[0]!.members).toEqual([]);
      // Gone already: not an error, and nothing was evicted.
      await expect(evictMembers(kafka, groupId, [memberId])).resolves.toEqual([]);

      // The dead member's session (120 s) outlasts this wait many times over: only the eviction lets this join.
      const consumer = kafka.consumer({ groupId, sessionTimeout: 10_000, heartbeatInterval: 1_000 });
      let partitions = 0;
      consumer.on(
        consumer.events.GROUP_JOIN,
        ({ payload }) => (partitions = payload.memberAssignment[topic]?.length ?? 0),
      );
      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: true });
      await consumer.run({ eachBatch: async () => undefined });
      try {
        await waitFor(async () => (partitions === 2 ? true : undefined), 'the new member to hold both partitions');
      } finally {
        await consumer.disconnect();
      }
    } finally {
      await admin.disconnect();
    }
  }, 90_000);
});
