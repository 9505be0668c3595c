import type { ServiceName } from '../start/service-process.js';
import { shuffled } from './seeded-random.js';

export type Fault =
  | { kind: 'kill'; service: ServiceName }
  | { kind: 'broker-restart' }
  | { kind: 'broker-kill' }
  | { kind: 'database-outage' }
  | { kind: 'session-terminations' };

export interface FaultCounts {
  killsPerService: number;
  brokerRestarts: number;
  /** The broker killed with SIGKILL (no controlled shutdown), then started again. */
  brokerKills: number;
  databaseOutages: number;
  /** Bursts of the server ending every session of the services (`pg_terminate_backend`), the server staying up. */
  sessionTerminations: number;
}

/** A planned fault and the share of the stream acknowledged when it strikes. */
export interface PlannedFault {
  fault: Fault;
  atProgress: number;
}

function times<T>(count: number, fault: T): T[] {
  return Array.from({ length: count }, () => fault);
}

/**
 * The run's faults in a seeded random order, each at a random moment of its own slice of the stream
 * (between 5 % and 90 % of it, so the stream is flowing before the first and still flowing after the last).
 */
export function planFaults(counts: FaultCounts, random: () => number): PlannedFault[] {
  const services: ServiceName[] = ['fetcher', 'processor', 'store'];
  const faults: Fault[] = [
    ...services.flatMap((service) => times(counts.killsPerService, { kind: 'kill', service } as const)),
    ...times(counts.brokerRestarts, { kind: 'broker-restart' } as const),
    ...times(counts.brokerKills, { kind: 'broker-kill' } as const),
    ...times(counts.databaseOutages, { kind: 'database-outage' } as const),
    ...times(counts.sessionTerminations, { kind: 'session-terminations' } as const),
  ];
  const slice = 0.85 / Math.max(1, faults.length);
  return shuffled(faults, random).map((fault, i) => ({ fault, atProgress: 0.05 + slice * (i + 0.2 + 0.6 * random()) }));
}

const DESCRIPTIONS: Record<Exclude<Fault['kind'], 'kill'>, string> = {
  'broker-restart': 'stop and restart the Kafka broker',
  'broker-kill': 'kill -9 the Kafka broker, restart it',
  'database-outage': 'PostgreSQL outage (cut TCP link)',
  'session-terminations': 'PostgreSQL ends every session',
};

export function describeFault(fault: Fault): string {
  return fault.kind === 'kill' ? `kill -9 ${fault.service}` : DESCRIPTIONS[fault.kind];
}
