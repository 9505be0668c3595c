import { decodeWireDocument, looksLikeNinjs } from '@app/wire-formats';
import type { DecodedPayload } from './intake-item.js';
import { decodeNativeJson } from './native-json.decoder.js';

function mediaTypeOf(contentType: string | undefined): string {
  return contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * Chooses the decoder: the project's native JSON for `application/json` (unless the body is ninjs, which
 * has `uri` and no `externalId`), the wire-format library for ninjs and XML. Unknown types are a 415.
 */
export function decodePayload(contentType: string | undefined, body: unknown, payload: Buffer, source: string): DecodedPayload {
  if (mediaTypeOf(contentType) === 'application/json' && !looksLikeNinjs(body)) return decodeNativeJson(body, source);
  return decodeWireDocument(contentType ?? '', payload);
}
