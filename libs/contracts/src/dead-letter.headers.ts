import { z } from 'zod';

/**
 * The headers of a message on a `*.dlq` topic. Its value is the original message's bytes, unchanged (possibly not
 * JSON at all: that may be why it is here), and its key is the original key; these headers say why and where it
 * failed. The original's own headers (CloudEvents, traceparent) are kept beside them.
 */
export const DeadLetterHeadersSchema = z.object({
  'dlq.error.code': z
    .string()
    .regex(/^[A-Z_]+$/)
    .describe('A stable code from the error catalogue.'),
  'dlq.error.reason': z.string().max(2_000),
  'dlq.source.topic': z.string().min(1),
  'dlq.source.partition': z.string().regex(/^\d+$/),
  'dlq.source.offset': z.string().regex(/^\d+$/),
  'dlq.consumer.group': z.string().min(1),
  'dlq.failed.at': z.iso.datetime(),
  'dlq.value.omitted': z
    .string()
    .regex(/^\d+$/)
    .optional()
    .describe('Only when the original would not fit the dead-letter topic: its size in bytes, value left out.'),
});
