import { z } from 'zod';

/** A comma-separated list, each entry trimmed, empty entries dropped. */
const commaSeparated = () =>
  z.string().transform((s) =>
    s
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
  );
const port = z.coerce.number().int().min(1).max(65_535);
const positiveInt = (max: number) => z.coerce.number().int().min(1).max(max);
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const brokerList = commaSeparated().pipe(
  z.array(z.string().regex(/^[^\s:]+:\d{1,5}$/, 'each broker must be host:port')).min(1),
);

/** `label=key,…`: intake keys are labelled by source, read keys by the client's name. */
const apiKeyList = (label: string) =>
  commaSeparated().pipe(
    z.array(
      z
        .string()
        .regex(
          /^[a-z0-9][a-z0-9._-]{0,63}=\S{16,}$/,
          `each entry must be ${label}=key, with a key of at least 16 characters`,
        )
        .transform((pair) => {
          const at = pair.indexOf('=');
          return { source: pair.slice(0, at), key: pair.slice(at + 1) };
        }),
    ),
  );

const sourceSecondsList = commaSeparated()
  .pipe(z.array(z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}=\d{1,9}$/, 'each entry must be source=seconds')))
  .transform((pairs) => Object.fromEntries(pairs.map((p) => [p.split('=')[0]!, Number(p.split('=')[1])])));

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const sourceZoneList = commaSeparated()
  .pipe(
    z.array(
      z
        .string()
        .regex(/^[a-z0-9][a-z0-9._-]{0,63}=\S+$/, 'each entry must be source=zone')
        .refine((p) => isTimeZone(p.slice(p.indexOf('=') + 1)), 'each zone must be an IANA time zone (Europe/Moscow)'),
    ),
  )
  .transform((pairs) =>
    Object.fromEntries(pairs.map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)])),
  );

const hostList = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().regex(/^[a-z0-9.:[\]_-]+$/, 'each entry must be a host name or an IP address')));

/**
 * Every environment variable the services read, with its default. The table in docs/configuration.md
 * lists the same keys; `app-config.spec.ts` checks that each has its row.
 */
export const ENV_SCHEMA = z.object({
  KAFKA_BROKERS: brokerList.default(['127.0.0.1:9092']),
  KAFKA_NAMESPACE: z
    .string()
    .regex(/^[a-z0-9._-]*$/, 'only a-z, 0-9, ".", "_" and "-"')
    .default(''),
  KAFKA_TOPIC_PARTITIONS: positiveInt(1_000).default(6),
  KAFKA_REPLICATION_FACTOR: z.coerce.number().int().min(-1).max(16).default(-1),
  KAFKA_MAX_MESSAGE_BYTES: positiveInt(1_073_741_824).default(16 * 1024 * 1024),
  KAFKA_PRODUCE_TIMEOUT_MS: positiveInt(120_000).default(5_000),
  KAFKA_CONSUMER_BATCH_SIZE: positiveInt(10_000).default(500),
  KAFKA_PARTITIONS_CONSUMED_CONCURRENTLY: positiveInt(64).default(2),
  // The broker's own bounds (group.min/max.session.timeout.ms) by default.
  KAFKA_SESSION_TIMEOUT_MS: z.coerce.number().int().min(6_000).max(1_800_000).default(10_000),
  HTTP_HOST: z.string().min(1).default('0.0.0.0'),
  FETCHER_PORT: port.default(3001),
  PROCESSOR_PORT: port.default(3002),
  STORE_PORT: port.default(3003),
  CONSOLE_PORT: port.default(3004),
  CONSOLE_FETCHER_URL: z.url({ protocol: /^https?$/ }).optional(),
  CONSOLE_PROCESSOR_URL: z.url({ protocol: /^https?$/ }).optional(),
  CONSOLE_STORE_URL: z.url({ protocol: /^https?$/ }).optional(),
  HTTP_REQUEST_TIMEOUT_MS: positiveInt(3_600_000).default(60_000),
  INTAKE_BODY_LIMIT_BYTES: positiveInt(1_073_741_824).default(5 * 1024 * 1024),
  INTAKE_BATCH_LIMIT: positiveInt(100_000).default(500),
  INTAKE_RATE_PER_SECOND: positiveInt(1_000_000).default(2_000),
  INTAKE_RATE_BURST: positiveInt(10_000_000).default(5_000),
  INGEST_API_KEYS: apiKeyList('source').default([]),
  READ_API_KEYS: apiKeyList('name').default([]),
  ADMIN_API_KEYS: apiKeyList('name').default([]),
  SOURCE_STALE_AFTER_SECONDS: positiveInt(31_536_000).default(3_600),
  SOURCE_STALE_AFTER_OVERRIDES: sourceSecondsList.default({}),
  SOURCE_TIME_ZONES: sourceZoneList.default({}),
  FEED_POLLING_ENABLED: bool.default(true),
  FEED_DEFAULT_INTERVAL_SECONDS: positiveInt(31_536_000).default(300),
  FEED_MIN_INTERVAL_SECONDS: positiveInt(86_400).default(60),
  FEED_MAX_BACKOFF_SECONDS: positiveInt(31_536_000).default(21_600),
  FEED_ALLOWED_HOSTS: hostList.default([]),
  FEED_MAX_BODY_BYTES: positiveInt(1_073_741_824).default(5 * 1024 * 1024),
  FEED_HEADER_TIMEOUT_MS: positiveInt(600_000).default(10_000),
  FEED_TIMEOUT_MS: positiveInt(600_000).default(30_000),
  FEED_CONCURRENCY: positiveInt(256).default(4),
  FEED_TICK_MS: positiveInt(600_000).default(1_000),
  FEED_SEEN_RETENTION_DAYS: positiveInt(3_650).default(90),
  FEED_MAX_PER_SOURCE: positiveInt(1_000_000).default(100),
  STORY_WINDOW_HOURS: positiveInt(24 * 365).default(72),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(300_000).default(0),
  SHUTDOWN_TIMEOUT_MS: positiveInt(600_000).default(30_000),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).default('postgres://postgres@127.0.0.1:5432/news'),
  DATABASE_POOL_SIZE: positiveInt(200).default(10),
  DATABASE_MIGRATIONS_RUN: bool.default(true),
  LOG_LEVEL: z.enum(['error', 'warn', 'info', 'debug']).default('info'),
});

export type Env = z.infer<typeof ENV_SCHEMA>;
