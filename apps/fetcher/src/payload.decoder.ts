import { AppError } from '@app/errors';
import type { DecodedPayload } from './intake-item.js';
import { decodeNativeJson } from './native-json.decoder.js';

function mediaTypeOf(contentType: string | undefined): string {
  return contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
}

/** Chooses the decoder from the Content-Type. */
export function decodePayload(contentType: string | undefined, body: unknown, _payload: Buffer, source: string): DecodedPayload {
  const mediaType = mediaTypeOf(contentType);
  if (mediaType === 'application/json' || /^application\/[\w.+-]+\+json$/.test(mediaType)) return decodeNativeJson(body, source);
  throw new AppError('UNSUPPORTED_MEDIA_TYPE', `expected application/json, got ${mediaType || 'no content type'}`);
}
