import type { ServiceName } from '../start/service-process.js';

export type InstanceCounts = Record<ServiceName, number>;

const FLAGS: Record<string, ServiceName> = {
  '--fetchers': 'fetcher',
  '--processors': 'processor',
  '--stores': 'store',
};

/**
 * How many instances of each service `npm run bench -- --processors 3 --stores 2 --fetchers 2` asks for
 * (one of each by default); `--flag=N` works too. Anything else is an error, not a silent default.
 */
export function parseInstanceCounts(argv: readonly string[]): InstanceCounts {
  const counts: InstanceCounts = { fetcher: 1, processor: 1, store: 1 };
  const args = argv.flatMap((a) => (a.startsWith('--') && a.includes('=') ? a.split('=', 2) : [a]));
  for (let i = 0; i < args.length; i += 2) {
    const service = FLAGS[args[i]!];
    const count = Number(args[i + 1]);
    if (!service) throw new Error(`unknown option ${args[i]}; use ${Object.keys(FLAGS).join(', ')}`);
    if (!Number.isInteger(count) || count < 1 || count > 32)
      throw new Error(`${args[i]} takes a whole number from 1 to 32, not ${args[i + 1] ?? 'nothing'}`);
    counts[service] = count;
  }
  return counts;
}
