import RequestQueue from 'kafkajs/src/network/requestQueue/index.js';

/** kafkajs's own pause between checks of a throttled queue (not exported by it). */
const CHECK_PENDING_REQUESTS_INTERVAL = 10;
/** What kafkajs 2.2.4's version of the method computes; a kafkajs that no longer does is left alone. */
const FLAWED_DELAY = 'this.throttledUntil - Date.now()';

type Queue = typeof RequestQueue.prototype;

/**
 * kafkajs 2.2.4's check, except that an empty queue schedules nothing: requests only enter the queue through
 * `push`, which schedules the check itself, so a timer with nothing to send is never needed.
 */
function scheduleCheckPendingRequests(this: Queue): void {
  if (this.throttleCheckTimeoutId || this.pending.length === 0) return;
  const untilUnthrottled = this.throttledUntil - Date.now();
  this.throttleCheckTimeoutId = setTimeout(
    () => {
      this.throttleCheckTimeoutId = null;
      this.checkPendingRequests();
    },
    untilUnthrottled > 0 ? untilUnthrottled : CHECK_PENDING_REQUESTS_INTERVAL,
  );
}

/**
 * Stops kafkajs 2.2.4 from arming a timer of minus `Date.now()` ms after every response (tulios/kafkajs#1751, open;
 * unreleased fix in #1768). Its request queue starts with `throttledUntil = -1` and, when nothing is pending, still
 * calls `setTimeout(check, throttledUntil - Date.now())`: Node 24 prints a `TimeoutNegativeWarning` for it and runs
 * it after 1 ms, and that check arms the next one, so every open connection ticks every millisecond for as long as
 * it lives (tulios/kafkajs#1704). No client option avoids the path. Replaces the one method on the class's
 * prototype, which every connection of the process shares; idempotent. `createKafka` calls it; a tool that builds
 * its own `new Kafka(...)` calls it itself.
 *
 * @example
 * fixRequestQueueTimer();
 * const producer = new Kafka({ brokers }).producer();
 */
export function fixRequestQueueTimer(): void {
  const current = RequestQueue.prototype.scheduleCheckPendingRequests;
  if (current === scheduleCheckPendingRequests || !String(current).includes(FLAWED_DELAY)) return;
  RequestQueue.prototype.scheduleCheckPendingRequests = scheduleCheckPendingRequests;
}
