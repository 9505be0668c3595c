import { parseArgs } from 'node:util';
import { INSTANCE_FLAGS, instanceCount, type InstanceCounts } from '../bench/instances.js';
import type { ChaosOptions } from './chaos-run.js';

export const USAGE = `npm run test:chaos [-- options]
  --processors N, --stores N, --fetchers N
                         instances of each service, each on its own port (default 1 of each); a kill strikes one
                         instance of its service, chosen at random; the stream takes turns among the fetchers
  --items N              items sent: new articles, copies of stories, versions, kills and re-sends (default 20000)
  --rate N               items per second offered (default 250)
  --seed N               seed of the article mix, the fault order and the fault moments (default 1)
  --kills N              kill -9 of each service, N times each (default 2)
  --broker-restarts N    Kafka broker stop and restart (default 1)
  --broker-kills N       Kafka broker kill -9 and restart (default 1)
  --db-outages N         PostgreSQL outages: the services' TCP link cut (default 1)
  --db-outage-seconds N  length of each outage (default 10)
  --db-terminations N    bursts of the server ending every session of the services, every 10 ms (default 1)
  --db-termination-seconds N  length of each burst (default 10)
  --settle-seconds N     how long to wait for the store to catch up after the stream (default 180)
  --no-reference         skip the single-instance run without faults whose grouping into stories this run's
                         must match (it streams the same items first, into a database of its own)
  --keep-database        keep the run's databases for inspection`;

const FLAGS = {
  items: 20_000,
  rate: 250,
  seed: 1,
  kills: 2,
  'broker-restarts': 1,
  'broker-kills': 1,
  'db-outages': 1,
  'db-outage-seconds': 10,
  'db-terminations': 1,
  'db-termination-seconds': 10,
  'settle-seconds': 180,
} as const;

/** Parses the command line (every numeric flag must be a non-negative integer; items and rate positive). */
export function parseChaosArgs(
  argv: string[],
  namespace: string,
): { options: ChaosOptions; keepDatabase: boolean; reference: boolean } | { help: string } {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...Object.fromEntries(Object.keys(FLAGS).map((k) => [k, { type: 'string' as const }])),
      ...Object.fromEntries(Object.keys(INSTANCE_FLAGS).map((f) => [f.slice(2), { type: 'string' as const }])),
      'keep-database': { type: 'boolean' },
      'no-reference': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return { help: USAGE };
  const number = (flag: keyof typeof FLAGS): number => {
    const raw = (values as Record<string, string | boolean | undefined>)[flag];
    const value = raw === undefined ? FLAGS[flag] : Number(raw);
    if (!Number.isInteger(value) || value < 0)
      throw new Error(`--${flag} must be a non-negative integer, got ${String(raw)}\n${USAGE}`);
    return value;
  };
  const options: ChaosOptions = {
    items: Math.max(1, number('items')),
    rate: Math.max(1, number('rate')),
    seed: number('seed'),
    killsPerService: number('kills'),
    brokerRestarts: number('broker-restarts'),
    brokerKills: number('broker-kills'),
    databaseOutages: number('db-outages'),
    databaseOutageSeconds: number('db-outage-seconds'),
    sessionTerminations: number('db-terminations'),
    sessionTerminationSeconds: number('db-termination-seconds'),
    settleSeconds: number('settle-seconds'),
    namespace,
    instances: instanceCounts(values as Record<string, string | boolean | undefined>),
  };
  return { options, keepDatabase: values['keep-database'] === true, reference: values['no-reference'] !== true };
}

function instanceCounts(values: Record<string, string | boolean | undefined>): InstanceCounts {
  const counts: InstanceCounts = { fetcher: 1, processor: 1, store: 1 };
  for (const [flag, service] of Object.entries(INSTANCE_FLAGS)) {
    const raw = values[flag.slice(2)];
    if (raw !== undefined) counts[service] = instanceCount(flag, String(raw));
  }
  return counts;
}
