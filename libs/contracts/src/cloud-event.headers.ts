import { randomUUID } from 'node:crypto';
import { z } from 'zod';

/**
 * The CloudEvents 1.0 attributes of every message the pipeline publishes, in the Kafka protocol binding's binary
 * mode: the value is the event data itself (JSON), and each attribute travels as a `ce_`-prefixed header, so a
 * consumer that knows nothing of CloudEvents reads the value unchanged.
 */
export const CLOUD_EVENT_HEADERS = {
  specversion: 'ce_specversion',
  id: 'ce_id',
  source: 'ce_source',
  type: 'ce_type',
  time: 'ce_time',
  contentType: 'content-type',
} as const;

/** What a consumer can rely on in those headers; the AsyncAPI document publishes it as each message's headers. */
export const CloudEventHeadersSchema = z.object({
  [CLOUD_EVENT_HEADERS.specversion]: z.literal('1.0'),
  [CLOUD_EVENT_HEADERS.id]: z.uuid().describe('Unique per publication; a re-sent article gets a new one.'),
  [CLOUD_EVENT_HEADERS.source]: z.string().regex(/^\/news-pipeline(\/[a-z0-9-]+)?$/),
  [CLOUD_EVENT_HEADERS.type]: z
    .string()
    .regex(/^news\.[a-z.]+\.v\d+$/)
    .describe('The topic name without namespace, so it carries the contract version, e.g. news.articles.raw.v1.'),
  [CLOUD_EVENT_HEADERS.time]: z.iso.datetime(),
  [CLOUD_EVENT_HEADERS.contentType]: z.literal('application/json'),
  traceparent: z
    .string()
    .regex(/^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/)
    .optional()
    .describe('W3C trace context of the span that published the message.'),
});

/**
 * The CloudEvents headers of one message published on `topic` (named without namespace) by service `source`.
 *
 * @example
 * cloudEventHeaders('news.articles.raw.v1', '/news-pipeline/fetcher')['ce_type'] // 'news.articles.raw.v1'
 */
export function cloudEventHeaders(topic: string, source: string, now = new Date()): Record<string, string> {
  return {
    [CLOUD_EVENT_HEADERS.specversion]: '1.0',
    [CLOUD_EVENT_HEADERS.id]: randomUUID(),
    [CLOUD_EVENT_HEADERS.source]: source,
    [CLOUD_EVENT_HEADERS.type]: topic,
    [CLOUD_EVENT_HEADERS.time]: now.toISOString(),
    [CLOUD_EVENT_HEADERS.contentType]: 'application/json',
  };
}
