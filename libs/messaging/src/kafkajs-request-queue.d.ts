// Minimal typing for kafkajs 2.2.4's internal request queue, which `request-queue.fix.ts` corrects.
declare module 'kafkajs/src/network/requestQueue/index.js' {
  interface RequestQueue {
    pending: unknown[];
    throttledUntil: number;
    throttleCheckTimeoutId: ReturnType<typeof setTimeout> | null;
    checkPendingRequests(): void;
    scheduleCheckPendingRequests(): void;
    maybeThrottle(clientSideThrottleTime: number | null): void;
    destroy(): void;
  }
  const RequestQueue: {
    prototype: RequestQueue;
    new (options: {
      maxInFlightRequests: number | null;
      requestTimeout: number;
      clientId: string;
      broker: string;
      logger: { debug(...args: unknown[]): void; warn(...args: unknown[]): void };
    }): RequestQueue;
  };
  export default RequestQueue;
}
