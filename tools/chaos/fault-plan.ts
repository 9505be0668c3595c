import type { ServiceName } from '../start/service-process.js';
import { shuffled } from './seeded-random.js';

export type Fault = { kind: 'kill'; service: ServiceName } | { kind: 'broker-restart' } | { kind: 'database-outage' };

export interface FaultCounts {
  killsPerService: number;
  brokerRestarts: number;
  databaseOutages: number;
}

/** A planned fault and the share of the stream acknowledged when it strikes. */
export interface PlannedFault {
  fault: Fault;
  atProgress: number;
}

/**
 * The run's faults in a seeded random order, each at a random moment of its own slice of the stream
 * (between 5 % and 90 % of it, so the stream is flowing before the first and still flowing after the last).
 */
export function planFaults(counts: FaultCounts, random: () => number): PlannedFault[] {
  const services: ServiceName[] = ['fetcher', 'processor', 'store'];
  const faults: Fault[] = [
    ...services.flatMap((service) =>
      Array.from({ length: counts.killsPerService }, () => ({ kind: 'kill', service }) as const),
    ),
    ...Array.from({ length: counts.brokerRestarts }, () => ({ kind: 'broker-restart' }) as const),
    ...Array.from({ length: counts.databaseOutages }, () => ({ kind: 'database-outage' }) as const),
  ];
  const slice = 0.85 / Math.max(1, faults.length);
  return shuffled(faults, random).map((fault, i) => ({ fault, atProgress: 0.05 + slice * (i + 0.2 + 0.6 * random()) }));
}

export function describeFault(fault: Fault): string {
  if (fault.kind === 'kill') return `kill -9 ${fault.service}`;
  return fault.kind === 'broker-restart' ? 'stop and restart the Kafka broker' : 'PostgreSQL outage';
}
