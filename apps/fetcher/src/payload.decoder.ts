import {
  decodeWireDocument,
  looksLikeJsonFeed,
  looksLikeNinjs,
  mediaTypeOf,
  parseJsonPayload,
  type DecodeContext,
} from '@app/wire-formats';
import type { DecodedPayload } from './intake-item.js';
import { decodeNativeJson } from './native-json.decoder.js';

/**
 * Chooses the decoder: the project's native JSON for `application/json` (unless the body is ninjs, which
 * has `uri` and no `externalId`, or a JSON Feed), the wire-format library for ninjs, JSON Feed and XML. Unknown types are a 415. JSON is
 * read from the request's bytes, not from the framework's parse, which replaces invalid UTF-8 without a word.
 */
export function decodePayload(
  contentType: string | undefined,
  payload: Buffer,
  source: string,
  context: DecodeContext = {},
): DecodedPayload {
  if (mediaTypeOf(contentType) !== 'application/json') return decodeWireDocument(contentType ?? '', payload, context);
  const body = parseJsonPayload(payload);
  return looksLikeNinjs(body) || looksLikeJsonFeed(body)
    ? decodeWireDocument(contentType ?? '', payload, context)
    : decodeNativeJson(body, source);
}
