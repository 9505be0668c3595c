import { randomBytes } from 'node:crypto';

/** A W3C trace context (https://www.w3.org/TR/trace-context/): one trace id for an article's whole path. */
export interface TraceContext {
  readonly traceId: string;
  readonly spanId: string;
  readonly sampled: boolean;
}

/** The header name, on HTTP requests and on Kafka messages alike. */
export const TRACEPARENT = 'traceparent';

const PATTERN = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/** Reads a `traceparent` value; anything malformed (or all-zero ids) counts as absent. */
export function parseTraceparent(value: unknown): TraceContext | undefined {
  const text = Buffer.isBuffer(value) ? value.toString('latin1') : value;
  if (typeof text !== 'string') return undefined;
  const match = PATTERN.exec(text.trim().toLowerCase());
  if (!match || /^0+$/.test(match[1]!) || /^0+$/.test(match[2]!)) return undefined;
  return { traceId: match[1]!, spanId: match[2]!, sampled: (parseInt(match[3]!, 16) & 1) === 1 };
}

/**
 * A new span: in the parent's trace when there is one, else in a new trace.
 *
 * @example
 * const span = childSpan(parseTraceparent(request.headers.traceparent));
 * headers[TRACEPARENT] = formatTraceparent(span);
 */
export function childSpan(parent?: TraceContext): TraceContext {
  return {
    traceId: parent?.traceId ?? randomBytes(16).toString('hex'),
    spanId: randomBytes(8).toString('hex'),
    sampled: parent?.sampled ?? true,
  };
}

export function formatTraceparent(context: TraceContext): string {
  return `00-${context.traceId}-${context.spanId}-${context.sampled ? '01' : '00'}`;
}
