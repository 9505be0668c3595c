import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { checkHealth, HEALTH_INDICATORS, type HealthIndicator, type HealthReport } from './health.js';
import { Lifecycle } from './lifecycle.service.js';

@Controller('health')
export class HealthController {
  constructor(
    @Inject(HEALTH_INDICATORS) private readonly indicators: HealthIndicator[],
    private readonly lifecycle: Lifecycle,
  ) {}

  /** Liveness: the process answers. Never depends on another system, so a broker outage restarts nothing. */
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: every dependency answers and the service is not draining; 503 with the reasons otherwise. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthReport> {
    const report: HealthReport = this.lifecycle.isDraining
      ? { status: 'draining', checks: {} }
      : await checkHealth(this.indicators);
    if (report.status !== 'ok') void reply.status(503);
    return report;
  }
}
