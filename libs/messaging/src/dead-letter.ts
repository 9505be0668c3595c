import type { OutboundMessage } from './outbound-message.js';
import { errorCodeOf } from './failure-policy.js';
import type { InboundMessage } from './message-batch.js';

/** The headers a dead letter carries on top of the original ones. Consumers of `*.dlq` rely on these names. */
export const DEAD_LETTER_HEADERS = {
  code: 'dlq.error.code',
  reason: 'dlq.error.reason',
  topic: 'dlq.source.topic',
  partition: 'dlq.source.partition',
  offset: 'dlq.source.offset',
  group: 'dlq.consumer.group',
  failedAt: 'dlq.failed.at',
  /** Only on a letter that would not fit the dead-letter topic: the original value's size in bytes, left out. */
  valueOmitted: 'dlq.value.omitted',
} as const;

const MAX_REASON_LENGTH = 2_000;

/**
 * The dead letter of `message`: its original key (byte for byte; a message without one gets its coordinates),
 * bytes and headers, plus why and where it failed.
 */
export function toDeadLetter(
  message: InboundMessage,
  error: unknown,
  group: string,
  now = new Date(),
): OutboundMessage {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    key: message.key ?? `${message.topic}:${message.partition}:${message.offset}`,
    value: message.value ?? Buffer.alloc(0),
    headers: {
      ...message.headers,
      [DEAD_LETTER_HEADERS.code]: errorCodeOf(error),
      [DEAD_LETTER_HEADERS.reason]: reason.slice(0, MAX_REASON_LENGTH),
      [DEAD_LETTER_HEADERS.topic]: message.topic,
      [DEAD_LETTER_HEADERS.partition]: String(message.partition),
      [DEAD_LETTER_HEADERS.offset]: message.offset,
      [DEAD_LETTER_HEADERS.group]: group,
      [DEAD_LETTER_HEADERS.failedAt]: now.toISOString(),
    },
  };
}

/**
 * A dead letter that fits where the full one did not (the original was within a few KB of the topic's size limit):
 * the dead-letter headers and the key, without the original value and headers. The source coordinates still lead
 * to the original, which stays on its topic for the retention period.
 */
export function withoutValue(letter: OutboundMessage): OutboundMessage {
  const kept = Object.values(DEAD_LETTER_HEADERS) as string[];
  const headers = Object.fromEntries(Object.entries(letter.headers ?? {}).filter(([name]) => kept.includes(name)));
  return {
    key: letter.key,
    value: Buffer.alloc(0),
    headers: { ...headers, [DEAD_LETTER_HEADERS.valueOmitted]: String(Buffer.byteLength(letter.value)) },
  };
}
