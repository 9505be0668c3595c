import { setTimeout as delay } from 'node:timers/promises';
import type { TcpLink } from '../infra/index.js';
import type { ArticleStream } from './article-stream.js';
import { describeFault, planFaults, type Fault, type FaultCounts } from './fault-plan.js';
import type { GroupName, GroupProgress } from './group-progress.js';
import type { KafkaNode } from './kafka-node.js';
import { seededRandom } from './seeded-random.js';
import type { ServiceInstances } from './service-instances.js';
import { terminateSessions } from './session-terminator.js';

export interface FaultEvent {
  kind: Fault['kind'];
  what: string;
  atSeconds: number;
  acknowledged: number;
  downSeconds: number;
  /** From the component's return (a killed service respawned, the broker answering again) to all three ready. */
  readySeconds: number;
  /**
   * From the kill (a service) or the return (anything else) until every group the fault stopped consumes again
   * (`GroupProgress.consumingAgain`); null if that did not happen within the deadline, absent when no group was
   * stopped (a fetcher kill).
   */
  consumingSeconds?: number | null;
}

export interface FaultOptions extends FaultCounts {
  seed: number;
  databaseOutageSeconds: number;
  sessionTerminationSeconds: number;
}

export interface FaultContext {
  kafka: Pick<KafkaNode, 'start' | 'stop' | 'kill'>;
  databaseUrl: string;
  namespace: string;
  log: (line: string) => void;
  link: TcpLink;
  services: ServiceInstances;
  stream: ArticleStream;
  groups: GroupProgress;
  events: FaultEvent[];
  seconds: () => number;
}

/**
 * Generous, like the start deadline: under a load of 40 a restart took over a minute. The next fault waits for
 * this fault's groups to consume again (or this long), so each recovery is measured on its own.
 */
const CONSUMING_DEADLINE_MS = 180_000;

const secondsSince = (from: number, to = performance.now()) => Math.round((to - from) / 100) / 10;

/** Which consumer groups a fault stops: a killed service's own, or both for the broker and the database. */
function stoppedGroups(fault: Fault): GroupName[] {
  if (fault.kind !== 'kill') return ['processor', 'store'];
  return fault.service === 'fetcher' ? [] : [fault.service];
}

/** Injects the planned faults one after the other as the stream progresses, recording each one's recovery. */
export async function runFaults(options: FaultOptions, context: FaultContext): Promise<void> {
  const random = seededRandom(options.seed + 1);
  for (const { fault, atProgress } of planFaults(options, random)) {
    while (context.stream.progress < atProgress) await delay(100);
    const at = context.seconds();
    const acknowledged = context.stream.ledger.ackedItems;
    const groups = stoppedGroups(fault);
    const baselines = new Map<GroupName, Map<number, bigint>>();
    // After a kill the dead member cannot commit, so offsets then are where the new one must move on from; the
    // broker and the database are measured from their return.
    const markBaseline = async () => {
      for (const group of groups) baselines.set(group, await context.groups.baseline(group));
    };
    const { what, downSeconds, struckAt } = await inject(fault, context, options, random, markBaseline);
    const returnedAt = performance.now();
    const readySeconds = await allReady(context.services);
    const consumingSeconds = await consumingAgain(
      context.groups,
      baselines,
      returnedAt,
      fault.kind === 'kill' ? struckAt : returnedAt,
    );
    const event: FaultEvent = { kind: fault.kind, what, atSeconds: at, acknowledged, downSeconds, readySeconds };
    if (groups.length > 0) event.consumingSeconds = consumingSeconds;
    context.events.push(event);
    const consuming =
      groups.length === 0
        ? ''
        : `, consuming again ${consumingSeconds ?? 'never'} s after ${fault.kind === 'kill' ? 'the kill' : 'its return'}`;
    context.log(
      `t+${at}s: ${what} at ${acknowledged} acknowledged items, back after ${downSeconds} s, all ready ${readySeconds} s later${consuming}`,
    );
  }
}

/** Seconds from `from` until every group consumed past its baseline; null past the deadline. */
async function consumingAgain(
  progress: GroupProgress,
  baselines: Map<GroupName, Map<number, bigint>>,
  since: number,
  from: number,
): Promise<number | null> {
  let latest = since;
  for (const [group, baseline] of baselines) {
    const at = await progress.consumingAgain(group, baseline, since, CONSUMING_DEADLINE_MS);
    if (at === undefined) return null;
    latest = Math.max(latest, at);
  }
  return secondsSince(from, latest);
}

/**
 * Injects one fault and repairs it; resolves with what it struck, how long that was away and when it struck.
 * `markBaseline` runs once a killed service is dead, or once anything else is back.
 */
async function inject(
  fault: Fault,
  context: FaultContext,
  options: FaultOptions,
  random: () => number,
  markBaseline: () => Promise<void>,
): Promise<{ what: string; downSeconds: number; struckAt: number }> {
  const struckAt = performance.now();
  let what = describeFault(fault);
  if (fault.kind === 'kill') {
    const service = context.services.pick(fault.service, random);
    what = `kill -9 ${service.label}`;
    await service.kill();
    await markBaseline();
    await delay(200 + random() * 2_000);
    // Not until ready: a consumer's group rejoin can take a session timeout, and the next fault should not wait.
    await service.start(false);
    await service.live();
    return { what, downSeconds: secondsSince(struckAt), struckAt };
  }
  if (fault.kind === 'broker-restart' || fault.kind === 'broker-kill') {
    await (fault.kind === 'broker-kill' ? context.kafka.kill() : context.kafka.stop());
    await delay(1_000 + random() * 3_000);
    await context.kafka.start();
  } else if (fault.kind === 'session-terminations') {
    await terminateSessions(context.databaseUrl, context.namespace, options.sessionTerminationSeconds);
  } else {
    await context.link.cut();
    await delay(options.databaseOutageSeconds * 1000);
    await context.link.open();
  }
  const downSeconds = secondsSince(struckAt);
  await markBaseline();
  return { what, downSeconds, struckAt };
}

/** Seconds until every instance answers ready (an instance that never does counts as the start deadline). */
async function allReady(services: ServiceInstances): Promise<number> {
  const started = performance.now();
  await Promise.all(services.all.map((service) => service.ready().catch(() => undefined)));
  return secondsSince(started);
}
