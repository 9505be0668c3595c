import RequestQueue from 'kafkajs/src/network/requestQueue/index.js';
import { fixRequestQueueTimer } from './request-queue.fix.js';

/** kafkajs's own queue, as one connection holds it; no socket is involved until a check runs. */
function queue(): InstanceType<typeof RequestQueue> {
  const logger = { debug: () => undefined, warn: () => undefined };
  return new RequestQueue({
    maxInFlightRequests: null,
    requestTimeout: 30_000,
    clientId: 'spec',
    broker: 'b:9092',
    logger,
  });
}

describe('fixRequestQueueTimer', () => {
  const queues: InstanceType<typeof RequestQueue>[] = [];
  const made = () => {
    const q = queue();
    queues.push(q);
    return q;
  };
  beforeAll(() => fixRequestQueueTimer());
  afterEach(() => queues.splice(0).forEach((q) => q.destroy()));

  it('arms no timer for an empty queue, throttled or not (kafkajs 2.2.4 arms one of minus Date.now() ms)', () => {
    const idle = made();
    idle.scheduleCheckPendingRequests();
    expect(idle.throttleCheckTimeoutId).toBeNull();
    const throttled = made();
    throttled.maybeThrottle(5_000);
    throttled.scheduleCheckPendingRequests();
    expect(throttled.throttleCheckTimeoutId).toBeNull();
  });

  it('still arms one for a queue with requests waiting, so they are sent once the throttle ends', () => {
    const waiting = made();
    waiting.maybeThrottle(5_000);
    waiting.pending.push({});
    waiting.scheduleCheckPendingRequests();
    expect(waiting.throttleCheckTimeoutId).not.toBeNull();
  });

  it('is idempotent', () => {
    const method = RequestQueue.prototype.scheduleCheckPendingRequests;
    fixRequestQueueTimer();
    expect(RequestQueue.prototype.scheduleCheckPendingRequests).toBe(method);
  });
});
