export { projectRoot, cacheDir } from './project-root.js';
export { freePort } from './free-port.js';
export { ensureKafkaRuntime, kafkaVersion } from './kafka-runtime.js';
export { provideKafka, startLocalKafka, type KafkaHandle, type LocalKafkaOptions } from './kafka.provider.js';
export { provideDatabase, type DatabaseHandle, type DatabaseOptions } from './postgres.provider.js';
export { createDatabase, dropDatabase, postgresVersion } from './postgres.admin.js';
export { databaseUrl, describeUrl } from './database-url.js';
export { TcpLink } from './tcp-link.js';
export { BROKER_JVM_OPTIONS } from './kafka-broker.config.js';
