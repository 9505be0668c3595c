// What the apps, tools and tests use; the rest (failure policy, dead letters, client options) stays inside.
export { COMPRESSION, createKafka, inNamespace, type KafkaSettings } from './kafka-options.js';
export { KafkaPublisher } from './kafka-publisher.js';
export { registerZstdCodec } from './zstd.codec.js';
export { fixRequestQueueTimer } from './request-queue.fix.js';
export { ensureTopics, kafkaHealthIndicator } from './topic-admin.js';
export { MessageBatch, type InboundMessage, type Parsed } from './message-batch.js';
export { DEAD_LETTER_HEADERS } from './dead-letter.js';
export { DeadLetterInbox, REDRIVEN_FROM_HEADER, type DeadLetter } from './dead-letter.inbox.js';
export { KafkaConsumerServer } from './kafka-consumer.server.js';
export { RethrowRpcErrorsFilter } from './rethrow-rpc-errors.filter.js';
export { MessagingModule } from './messaging.module.js';
export { KAFKA } from './kafka.token.js';
export { connectConsumer, consumerHealthIndicator } from './consumer.providers.js';
export { instanceKey } from './stale-members.js';
