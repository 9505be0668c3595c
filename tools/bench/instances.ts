import type { ServiceName } from '../start/service-process.js';

export type InstanceCounts = Record<ServiceName, number>;

/** The command-line flag of each service's instance count, shared by `npm run bench` and `npm run test:chaos`. */
export const INSTANCE_FLAGS: Readonly<Record<string, ServiceName>> = {
  '--fetchers': 'fetcher',
  '--processors': 'processor',
  '--stores': 'store',
};

/** The count given to `flag`, a whole number from 1 to 32; anything else is an error naming the flag. */
export function instanceCount(flag: string, raw: string | undefined): number {
  const count = Number(raw);
  if (raw === undefined || !Number.isInteger(count) || count < 1 || count > 32)
    throw new Error(`${flag} takes a whole number from 1 to 32, not ${raw ?? 'nothing'}`);
  return count;
}

/**
 * How many instances of each service `npm run bench -- --processors 3 --stores 2 --fetchers 2` asks for
 * (one of each by default); `--flag=N` works too. Anything else is an error, not a silent default.
 */
export function parseInstanceCounts(argv: readonly string[]): InstanceCounts {
  const counts: InstanceCounts = { fetcher: 1, processor: 1, store: 1 };
  const args = argv.flatMap((a) => (a.startsWith('--') && a.includes('=') ? a.split('=', 2) : [a]));
  for (let i = 0; i < args.length; i += 2) {
    const service = INSTANCE_FLAGS[args[i]!];
    if (!service) throw new Error(`unknown option ${args[i]}; use ${Object.keys(INSTANCE_FLAGS).join(', ')}`);
    counts[service] = instanceCount(args[i]!, args[i + 1]);
  }
  return counts;
}
