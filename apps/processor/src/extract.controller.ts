import { parseExtractRequest, type ExtractResponse } from '@app/contracts';
import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ENTITY_EXTRACTOR, type EntityExtractor } from './entity-extractor.js';
import { extractFromText } from './text-extraction.js';

@Controller('v1/extract')
export class ExtractController {
  constructor(@Inject(ENTITY_EXTRACTOR) private readonly extractor: EntityExtractor) {}

  /** The people, organisations and places a text mentions, with the model the pipeline uses. */
  @Post()
  @HttpCode(200)
  extract(@Body() body: unknown): ExtractResponse {
    return extractFromText(this.extractor, parseExtractRequest(body));
  }
}
