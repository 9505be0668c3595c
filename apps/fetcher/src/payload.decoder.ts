import { decodeWireDocument, looksLikeNinjs, mediaTypeOf, parseJsonPayload } from '@app/wire-formats';
import type { DecodedPayload } from './intake-item.js';
import { decodeNativeJson } from './native-json.decoder.js';

/**
 * Chooses the decoder: the project's native JSON for `application/json` (unless the body is ninjs, which
 * has `uri` and no `externalId`), the wire-format library for ninjs and XML. Unknown types are a 415. JSON is
 * read from the request's bytes, not from the framework's parse, which replaces invalid UTF-8 without a word.
 */
export function decodePayload(contentType: string | undefined, payload: Buffer, source: string): DecodedPayload {
  if (mediaTypeOf(contentType) !== 'application/json') return decodeWireDocument(contentType ?? '', payload);
  const body = parseJsonPayload(payload);
  return looksLikeNinjs(body) ? decodeWireDocument(contentType ?? '', payload) : decodeNativeJson(body, source);
}
