import type { FeedSettings } from './feed-settings.js';

/** What the last poll said about when to come back. */
export interface PollTiming {
  intervalSeconds: number;
  /** Failures in a row, this poll included; 0 after a success. */
  failures: number;
  /** RSS `<ttl>`: the feed asks not to be fetched more often. */
  ttlMinutes?: number;
  /** The server's `Retry-After` (429/503). */
  retryAfterSeconds?: number;
}

type Limits = Pick<FeedSettings, 'minIntervalSeconds' | 'maxBackoffSeconds'>;

/**
 * `Retry-After` in seconds, from either form (delta-seconds or an HTTP date), or `undefined` when absent or
 * unreadable.
 */
export function retryAfterSeconds(header: string | string[] | undefined, now: Date): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

/**
 * Seconds until the next poll. A success waits the feed's interval, or its `ttl` when that is longer; a
 * failure backs off exponentially from the interval with "equal jitter" (half fixed, half random, so that
 * feeds failing together do not retry together) and never comes back before a `Retry-After`. Nothing is
 * sooner than the floor, and backoff, `ttl` and `Retry-After` are capped, so a hostile header cannot park a
 * feed for a year; a feed's own longer interval is kept.
 */
export function nextPollDelaySeconds(timing: PollTiming, limits: Limits, random: () => number = Math.random): number {
  const interval = Math.max(timing.intervalSeconds, limits.minIntervalSeconds);
  const cap = Math.max(interval, limits.maxBackoffSeconds);
  if (timing.failures === 0) return Math.min(cap, Math.max(interval, (timing.ttlMinutes ?? 0) * 60));
  const exponential = Math.min(cap, interval * 2 ** Math.min(timing.failures - 1, 30));
  const jittered = exponential / 2 + (random() * exponential) / 2;
  const delay = Math.max(jittered, Math.min(cap, timing.retryAfterSeconds ?? 0), limits.minIntervalSeconds);
  return Math.ceil(delay);
}
