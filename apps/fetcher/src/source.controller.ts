import { Controller, Get } from '@nestjs/common';
import { SourceFreshness, type SourceStatus } from './source-freshness.service.js';

@Controller('v1/sources')
export class SourceController {
  constructor(private readonly freshness: SourceFreshness) {}

  /** Every known source, how long it has been quiet, and whether that is longer than its threshold. */
  @Get()
  list(): { sources: SourceStatus[] } {
    return { sources: this.freshness.statuses() };
  }
}
