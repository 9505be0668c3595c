import type { ExtractRequest, ExtractResponse } from '@app/contracts';
import { detectLanguage } from '@app/nlp';
import type { EntityExtractor } from './entity-extractor.js';

/**
 * Entities of a plain text, as `POST /v1/extract` and `npm run extract` answer: offsets index the text as
 * given (not normalised), and the language is detected when the caller does not say.
 */
export function extractFromText(extractor: EntityExtractor, request: ExtractRequest): ExtractResponse {
  const lang = request.lang ?? detectLanguage(request.text);
  return { lang, entities: extractor.extract(request.text, lang) };
}
