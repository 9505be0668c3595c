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
} as const;

const MAX_REASON_LENGTH = 2_000;

/** The dead letter of `message`: its original key, bytes and headers, plus why and where it failed. */
export function toDeadLetter(message: InboundMessage, error: unknown, group: string, now = new Date()): OutboundMessage {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    key: message.key?.toString('utf8') ?? `${message.topic}:${message.partition}:${message.offset}`,
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
