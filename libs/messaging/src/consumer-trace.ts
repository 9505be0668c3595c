import type { Consumer } from 'kafkajs';

export interface TraceLog {
  log(message: string): void;
  warn(message: string): void;
}

/**
 * Logs the steps of a consumer's (re)start, each with the process uptime, so a slow recovery can be read from the
 * service's log (at LOG_LEVEL=info): connected, joined (with the join's own duration and the partitions it got),
 * first batch after each join, rebalances and crashes.
 */
export function traceConsumer(consumer: Consumer, group: string, log: TraceLog): void {
  const at = () => `uptime ${process.uptime().toFixed(1)} s`;
  let waitingForFirstBatch = true;
  consumer.on(consumer.events.CONNECT, () => log.log(`consumer ${group} connected (${at()})`));
  consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
    const partitions = Object.values(payload.memberAssignment).reduce((sum, list) => sum + list.length, 0);
    waitingForFirstBatch = partitions > 0;
    log.log(
      `consumer ${group} joined as ${payload.memberId} with ${partitions} partitions; the join took ${payload.duration} ms (${at()})`,
    );
  });
  consumer.on(consumer.events.START_BATCH_PROCESS, ({ payload }) => {
    if (!waitingForFirstBatch) return;
    waitingForFirstBatch = false;
    log.log(`consumer ${group} first batch after the join: ${payload.topic}[${payload.partition}] (${at()})`);
  });
  consumer.on(consumer.events.REBALANCING, ({ payload }) =>
    log.log(`consumer ${group} member ${payload.memberId} rejoins: the group is rebalancing (${at()})`),
  );
  consumer.on(consumer.events.CRASH, ({ payload }) =>
    log.warn(
      `consumer ${group} crashed (${payload.error.name}: ${payload.error.message}); kafkajs restarts it: ${payload.restart} (${at()})`,
    ),
  );
}
