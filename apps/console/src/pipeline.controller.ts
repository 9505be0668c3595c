import { Controller, Get } from '@nestjs/common';
import { PipelineSampler, type StageSample } from './pipeline.sampler.js';

/** `GET /api/pipeline`: each stage's readiness, throughput and consumer lag over the last ten minutes. */
@Controller('api/pipeline')
export class PipelineController {
  constructor(private readonly sampler: PipelineSampler) {}

  @Get()
  pipeline(): { stages: { service: string; samples: StageSample[] }[] } {
    return {
      stages: Object.entries(this.sampler.samples()).map(([service, samples]) => ({ service, samples })),
    };
  }
}
