import { ENV_SCHEMA, type Env } from './config.schema.js';

/** The validated, frozen configuration every service is built from. Nobody else reads `process.env`. */
export interface AppConfig {
  readonly kafka: {
    readonly brokers: readonly string[];
    readonly namespace: string;
    readonly topicPartitions: number;
    readonly replicationFactor: number;
    readonly maxMessageBytes: number;
    readonly produceTimeoutMs: number;
    readonly consumerBatchSize: number;
    readonly partitionsConsumedConcurrently: number;
    readonly sessionTimeoutMs: number;
  };
  readonly http: {
    readonly host: string;
    readonly ports: { readonly fetcher: number; readonly processor: number; readonly store: number };
    readonly intakeBodyLimitBytes: number;
    /** Deadline for receiving a whole request (line, headers and body); 408 after it. */
    readonly requestTimeoutMs: number;
  };
  readonly intake: {
    readonly batchLimit: number;
    readonly ratePerSecond: number;
    readonly rateBurst: number;
    /** Keys from configuration (local runs); keys created with the CLI live hashed in the database. */
    readonly apiKeys: readonly { readonly source: string; readonly key: string }[];
    /** Seconds without an article after which a source counts as gone quiet, and per-source exceptions. */
    readonly staleAfterSeconds: number;
    readonly staleAfterOverrides: Readonly<Record<string, number>>;
    /** The IANA zone of each source's zone-less dates (`SOURCE_TIME_ZONES`); UTC for the others. */
    readonly timeZones: Readonly<Record<string, string>>;
  };
  /** The store's read API: keys from configuration (local runs); subscribers' keys live hashed in the database. */
  readonly readApi: {
    readonly keys: readonly { readonly name: string; readonly key: string; readonly admin: boolean }[];
  };
  /** Feed polling (`FEED_*`): intervals, the SSRF allow-list, response limits and feeds per source. */
  readonly feeds: {
    readonly pollingEnabled: boolean;
    readonly defaultIntervalSeconds: number;
    readonly minIntervalSeconds: number;
    readonly maxBackoffSeconds: number;
    readonly allowedHosts: readonly string[];
    readonly maxBodyBytes: number;
    readonly headerTimeoutMs: number;
    readonly totalTimeoutMs: number;
    readonly concurrency: number;
    readonly tickMs: number;
    readonly seenRetentionDays: number;
    /** Most feeds one source may register. */
    readonly maxPerSource: number;
  };
  /** The web console (`apps/console`): its port and the services it reads, by default on this host. */
  readonly console: {
    readonly port: number;
    readonly upstreams: { readonly fetcher: string; readonly processor: string; readonly store: string };
  };
  readonly shutdown: { readonly graceMs: number; readonly timeoutMs: number };
  /** How long an article can still start or join a near-duplicate story. */
  readonly stories: { readonly windowHours: number };
  readonly database: { readonly url: string; readonly poolSize: number; readonly migrationsRun: boolean };
  readonly logLevel: Env['LOG_LEVEL'];
}

/** Thrown once, at start-up, listing every bad key. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** Where the console finds each service: its `CONSOLE_*_URL`, or the service's port on this host. */
function consoleUpstreams(env: Env): AppConfig['console']['upstreams'] {
  const host = env.HTTP_HOST === '0.0.0.0' ? '127.0.0.1' : env.HTTP_HOST;
  const local = (port: number) => `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    fetcher: (env.CONSOLE_FETCHER_URL ?? local(env.FETCHER_PORT)).replace(/\/$/, ''),
    processor: (env.CONSOLE_PROCESSOR_URL ?? local(env.PROCESSOR_PORT)).replace(/\/$/, ''),
    store: (env.CONSOLE_STORE_URL ?? local(env.STORE_PORT)).replace(/\/$/, ''),
  };
}

function toConfig(env: Env): AppConfig {
  return {
    kafka: {
      brokers: env.KAFKA_BROKERS,
      namespace: env.KAFKA_NAMESPACE,
      topicPartitions: env.KAFKA_TOPIC_PARTITIONS,
      replicationFactor: env.KAFKA_REPLICATION_FACTOR,
      maxMessageBytes: env.KAFKA_MAX_MESSAGE_BYTES,
      produceTimeoutMs: env.KAFKA_PRODUCE_TIMEOUT_MS,
      consumerBatchSize: env.KAFKA_CONSUMER_BATCH_SIZE,
      partitionsConsumedConcurrently: env.KAFKA_PARTITIONS_CONSUMED_CONCURRENTLY,
      sessionTimeoutMs: env.KAFKA_SESSION_TIMEOUT_MS,
    },
    http: {
      host: env.HTTP_HOST,
      ports: { fetcher: env.FETCHER_PORT, processor: env.PROCESSOR_PORT, store: env.STORE_PORT },
      intakeBodyLimitBytes: env.INTAKE_BODY_LIMIT_BYTES,
      requestTimeoutMs: env.HTTP_REQUEST_TIMEOUT_MS,
    },
    intake: {
      batchLimit: env.INTAKE_BATCH_LIMIT,
      ratePerSecond: env.INTAKE_RATE_PER_SECOND,
      rateBurst: env.INTAKE_RATE_BURST,
      apiKeys: env.INGEST_API_KEYS,
      staleAfterSeconds: env.SOURCE_STALE_AFTER_SECONDS,
      staleAfterOverrides: env.SOURCE_STALE_AFTER_OVERRIDES,
      timeZones: env.SOURCE_TIME_ZONES,
    },
    readApi: {
      keys: [
        ...env.READ_API_KEYS.map(({ source, key }) => ({ name: source, key, admin: false })),
        ...env.ADMIN_API_KEYS.map(({ source, key }) => ({ name: source, key, admin: true })),
      ],
    },
    feeds: {
      pollingEnabled: env.FEED_POLLING_ENABLED,
      defaultIntervalSeconds: env.FEED_DEFAULT_INTERVAL_SECONDS,
      minIntervalSeconds: env.FEED_MIN_INTERVAL_SECONDS,
      maxBackoffSeconds: env.FEED_MAX_BACKOFF_SECONDS,
      allowedHosts: env.FEED_ALLOWED_HOSTS,
      maxBodyBytes: env.FEED_MAX_BODY_BYTES,
      headerTimeoutMs: env.FEED_HEADER_TIMEOUT_MS,
      totalTimeoutMs: env.FEED_TIMEOUT_MS,
      concurrency: env.FEED_CONCURRENCY,
      tickMs: env.FEED_TICK_MS,
      seenRetentionDays: env.FEED_SEEN_RETENTION_DAYS,
      maxPerSource: env.FEED_MAX_PER_SOURCE,
    },
    console: { port: env.CONSOLE_PORT, upstreams: consoleUpstreams(env) },
    shutdown: { graceMs: env.SHUTDOWN_GRACE_MS, timeoutMs: env.SHUTDOWN_TIMEOUT_MS },
    stories: { windowHours: env.STORY_WINDOW_HOURS },
    database: { url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE, migrationsRun: env.DATABASE_MIGRATIONS_RUN },
    logLevel: env.LOG_LEVEL,
  };
}

/**
 * Validates the environment into a frozen `AppConfig`. Empty strings count as unset, so that
 * `FOO= npm start` falls back to the default instead of failing.
 *
 * @example
 * const config = loadConfig(process.env); // throws ConfigError listing every bad key
 */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const known = Object.fromEntries(
    Object.keys(ENV_SCHEMA.shape)
      .map((key) => [key, env[key]] as const)
      .filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = ENV_SCHEMA.safeParse(known);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  return deepFreeze(toConfig(result.data));
}
