import { TOPICS } from '@app/contracts';
import { fixRequestQueueTimer, registerZstdCodec } from '@app/messaging';
import { Kafka, logLevel } from 'kafkajs';
import { parseArgs } from 'node:util';
import { mentioning, startEnrichedConsumer } from './enriched.consumer.js';

// kafkajs 2.2.4 arms a 1 ms timer loop per idle connection (see libs/messaging request-queue.fix.ts).
fixRequestQueueTimer();

/**
 * `node dist/tools/example-consumer/main.js --brokers localhost:9092 --entity Москва` prints one JSON line per
 * enriched article that mentions the entity (every article without `--entity`), until interrupted.
 */
const { values } = parseArgs({
  options: {
    brokers: { type: 'string', default: 'localhost:9092' },
    group: { type: 'string', default: 'example-consumer' },
    topic: { type: 'string', default: TOPICS.enrichedArticles },
    entity: { type: 'string' },
  },
});

// The pipeline writes its topics zstd-compressed, which kafkajs reads only once it has the codec.
registerZstdCodec();
const kafka = new Kafka({ clientId: values.group, brokers: values.brokers.split(','), logLevel: logLevel.WARN });
const consumer = await startEnrichedConsumer({
  kafka,
  topic: values.topic,
  groupId: values.group,
  keep: values.entity === undefined ? () => true : mentioning(values.entity),
  handle: async (a) => void console.log(JSON.stringify({ id: a.id, title: a.title, publishedAt: a.publishedAt })),
  invalid: (error, message) => console.error(`skipped offset ${message.offset}: ${error.message}`),
});
process.once('SIGINT', () => void consumer.stop());
process.once('SIGTERM', () => void consumer.stop());
