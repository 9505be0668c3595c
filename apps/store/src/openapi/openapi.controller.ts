import { Controller, Get, Header } from '@nestjs/common';
import { OPENAPI_DOCUMENT } from './openapi.document.js';
import { DOCS_PAGE } from './openapi.page.js';

@Controller()
export class OpenApiController {
  @Get('v1/openapi.json')
  document(): typeof OPENAPI_DOCUMENT {
    return OPENAPI_DOCUMENT;
  }

  /** A dependency-free page that renders the document, so the API can be browsed without tooling. */
  @Get('docs')
  @Header('content-type', 'text/html; charset=utf-8')
  page(): string {
    return DOCS_PAGE;
  }
}
