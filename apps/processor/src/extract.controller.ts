import { parseExtractRequest, type ExtractResponse } from '@app/contracts';
import { AppError } from '@app/errors';
import { mediaTypeOf, parseJsonPayload } from '@app/wire-formats';
import { Controller, HttpCode, Inject, Post, Req, type RawBodyRequest } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ENTITY_EXTRACTOR, type EntityExtractor } from './entity-extractor.js';
import { extractFromText } from './text-extraction.js';

@Controller('v1/extract')
export class ExtractController {
  constructor(@Inject(ENTITY_EXTRACTOR) private readonly extractor: EntityExtractor) {}

  /**
   * The people, organisations and places a text mentions, with the model the pipeline uses. The body is JSON,
   * read from its bytes (invalid UTF-8 is a `400 MALFORMED_BODY`, not text with replacement characters whose
   * offsets mean nothing to the caller); any other content type is a `415`.
   */
  @Post()
  @HttpCode(200)
  extract(@Req() request: RawBodyRequest<FastifyRequest>): ExtractResponse {
    const type = mediaTypeOf(request.headers['content-type']);
    if (type !== 'application/json')
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', `expected application/json, got ${type || 'no content type'}`);
    return extractFromText(this.extractor, parseExtractRequest(parseJsonPayload(request.rawBody ?? Buffer.alloc(0))));
  }
}
