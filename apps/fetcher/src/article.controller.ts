import { APP_CONFIG, type AppConfig } from '@app/config';
import { AppError } from '@app/errors';
import { Lifecycle } from '@app/http';
import { parseTraceparent } from '@app/observability';
import { Controller, HttpCode, Inject, Post, Req, UseGuards, type RawBodyRequest } from '@nestjs/common';
import { ApiKeyGuard, type AuthenticatedRequest } from './api-key.guard.js';
import { ArticleIntakeService, payloadHashOf, type IntakeReport } from './article-intake.service.js';
import { decodePayload } from './payload.decoder.js';

/**
 * A request in which nothing could be accepted is a 400, with every item's problems listed; so is a document
 * with no item at all, as an empty native batch is (a poller treats an empty feed as nothing new instead).
 */
function rejectIfNothingAccepted(report: IntakeReport): void {
  if (report.accepted > 0) return;
  if (report.results.length === 0) {
    const issues = [{ field: '(root)', message: `the ${report.format} document carries no article` }];
    throw new AppError('VALIDATION_FAILED', `(root): ${issues[0]!.message}`, { issues });
  }
  const single = report.results.length === 1;
  const issues = report.results.flatMap((r) =>
    (r.error?.errors ?? [{ field: '(root)', message: r.error?.message ?? 'rejected' }]).map((e) => ({
      field: single ? e.field : `[${r.index}].${e.field}`,
      message: e.message,
    })),
  );
  throw new AppError('VALIDATION_FAILED', issues.map((i) => `${i.field}: ${i.message}`).join('; '), { issues });
}

@Controller('v1/articles')
@UseGuards(ApiKeyGuard)
export class ArticleController {
  constructor(
    private readonly intake: ArticleIntakeService,
    private readonly lifecycle: Lifecycle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * `202` with one result per article once the broker has the accepted ones, with the repairs made to accept
   * it as `warnings`; `id` too when the request carried a single article. 400 when nothing could be accepted; 503 when Kafka is down.
   */
  @Post()
  @HttpCode(202)
  async submit(@Req() request: RawBodyRequest<AuthenticatedRequest>): Promise<IntakeReport & { id?: string }> {
    this.lifecycle.assertAccepting();
    const payload = request.rawBody ?? Buffer.alloc(0);
    const receivedAt = new Date();
    const timeZone = this.config.intake.timeZones[request.source];
    const context = { receivedAt, ...(timeZone ? { timeZone } : {}) };
    const decoded = decodePayload(request.headers['content-type'], payload, request.source, context);
    const receipt = {
      format: decoded.format,
      payloadHash: payloadHashOf(payload),
      receivedAt,
      trace: parseTraceparent(request.headers.traceparent),
      original: { mediaType: request.headers['content-type'] ?? '', payload },
    };
    const report = await this.intake.submit(request.source, decoded, receipt);
    rejectIfNothingAccepted(report);
    const only = report.results.length === 1 ? report.results[0] : undefined;
    return only?.id ? { id: only.id, ...report } : report;
  }
}
