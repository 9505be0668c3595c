export { projectRoot, cacheDir } from './project-root.js';
export { ensureKafkaRuntime, KAFKA_VERSION } from './kafka-runtime.js';
export { brokerProperties, newClusterId } from './kafka-properties.js';
export { provideKafka, startLocalKafka, type KafkaHandle, type LocalKafkaOptions } from './local-kafka.js';
export { createDatabase, dropDatabase, provideDatabase, type DatabaseHandle } from './local-postgres.js';
export { freePort } from './free-port.js';
