export {
  createKafka,
  consumerOptions,
  inNamespace,
  producerOptions,
  type KafkaLog,
  type KafkaSettings,
} from './kafka-options.js';
export { KafkaPublisher } from './kafka-publisher.js';
export type { OutboundMessage } from './outbound-message.js';
export { describeCluster, ensureTopics, kafkaHealthIndicator } from './topic-admin.js';
export { MessageBatch, type InboundMessage, type Parsed, type Rejection } from './message-batch.js';
export {
  backoffMs,
  errorCodeOf,
  failureJudge,
  isRetryable,
  UNKNOWN_ERROR_ATTEMPTS,
  type Verdict,
} from './failure-policy.js';
export { DEAD_LETTER_HEADERS, toDeadLetter } from './dead-letter.js';
export { DeadLetterInbox, REDRIVEN_FROM_HEADER, type DeadLetter } from './dead-letter.inbox.js';
export { KafkaConsumerServer, type KafkaConsumerServerOptions } from './kafka-consumer.server.js';
export { RethrowRpcErrorsFilter } from './rethrow-rpc-errors.filter.js';
export { MessagingModule } from './messaging.module.js';
export { KAFKA } from './kafka.token.js';
export { connectConsumer, consumerHealthIndicator } from './consumer.providers.js';
