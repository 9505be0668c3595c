import { createHash } from 'node:crypto';

/** The namespace of article ids (a fixed random UUID: changing it would re-key every article). */
const ARTICLE_NAMESPACE = 'a3b7c1e2-5d4f-4c1a-9e8b-2f6d0c9a7b31';

/**
 * A UUID v5 (RFC 9562) of `name` in `namespace`.
 *
 * @example
 * uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8') // '2ed6657d-e927-568b-95e1-2665a8aea6a2'
 */
export function uuidV5(name: string, namespace: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The article id: deterministic in (source, externalId), so a re-sent article keeps its id and every
 * stage can upsert by it. The pair is JSON-encoded so that no choice of strings can collide.
 *
 * @example
 * articleId('tass', '2024-0415-001') === articleId('tass', '2024-0415-001') // true
 */
export function articleId(source: string, externalId: string): string {
  return uuidV5(JSON.stringify([source, externalId]), ARTICLE_NAMESPACE);
}
