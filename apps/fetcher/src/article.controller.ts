import { parseArticleSubmission } from '@app/contracts';
import { AppError } from '@app/errors';
import { Body, Controller, HttpCode, Post, Req, type RawBodyRequest } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ArticleIntakeService } from './article-intake.service.js';

function requireJson(contentType: string | undefined): void {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (mediaType !== 'application/json' && !/^application\/[\w.+-]+\+json$/.test(mediaType)) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', `expected application/json, got ${mediaType || 'no content type'}`);
  }
}

@Controller('v1/articles')
export class ArticleController {
  constructor(private readonly intake: ArticleIntakeService) {}

  /** `202 {"id"}` once the broker has the article; 400 naming the bad fields; 503 when Kafka is down. */
  @Post()
  @HttpCode(202)
  async submit(@Body() body: unknown, @Req() request: RawBodyRequest<FastifyRequest>): Promise<{ id: string }> {
    requireJson(request.headers['content-type']);
    const submission = parseArticleSubmission(body);
    return this.intake.submit(submission, { format: 'native-json', payload: request.rawBody ?? Buffer.alloc(0), receivedAt: new Date() });
  }
}
