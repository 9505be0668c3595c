// Minimal typing for kafkajs 2.2.4's internal request queue, which `request-queue.fix.ts` corrects.
declare module 'kafkajs/src/network/requestQueue/index.js' {
  interface RequestQueue {
    pending: unknown[];
    throttledUntil: number;
    throttleCheckTimeoutId: ReturnType<typeof setTimeout> | null;
    checkPendingRequests(): void;
    scheduleCheckPendingRequests(): void;
  }
  const RequestQueue: { prototype: RequestQueue };
  export default RequestQueue;
}
