import type { IHeaders } from 'kafkajs';

/**
 * A message to publish: always keyed, so every version of an article lands on one partition, in order. A dead
 * letter carries its original's key as it was, bytes included.
 */
export interface OutboundMessage {
  key: string | Buffer;
  value: Buffer | string;
  headers?: IHeaders;
}

/** A message's bytes before compression: its value, key and headers (names and values). */
export function recordBytes(message: OutboundMessage): number {
  let bytes = Buffer.byteLength(message.value) + Buffer.byteLength(message.key);
  for (const [name, value] of Object.entries(message.headers ?? {}))
    for (const v of Array.isArray(value) ? value : [value])
      bytes += Buffer.byteLength(name) + (v === undefined ? 0 : Buffer.byteLength(v));
  return bytes;
}

/**
 * Most bytes of message values in one produce request: the broker refuses a record batch over the topic's
 * `max.message.bytes` (1 MB by default on clusters we did not configure), and keys, headers and record
 * framing add to the values, hence half of it at most.
 */
export function maxChunkBytes(topicMaxMessageBytes: number): number {
  return Math.min(512 * 1024, Math.floor(topicMaxMessageBytes / 2));
}

/**
 * Splits messages into consecutive chunks of at most `maxBytes` of values (a single larger message forms a
 * chunk of its own), so that no produce request exceeds the broker's limit while order is kept.
 */
export function chunkBySize<T extends { value: Buffer | string }>(messages: readonly T[], maxBytes: number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const message of messages) {
    const bytes = Buffer.byteLength(message.value);
    if (current.length > 0 && size + bytes > maxBytes) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(message);
    size += bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
