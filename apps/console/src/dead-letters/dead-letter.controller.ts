import { validate } from '@app/contracts';
import { AppError } from '@app/errors';
import type { DeadLetter } from '@app/messaging';
import { Body, Controller, Get, HttpCode, Post, Query, UseGuards } from '@nestjs/common';
import { z } from 'zod';
import { AdminKeyGuard } from './admin-key.guard.js';
import { DeadLetterService, SOURCE_TOPICS, type SourceTopicName } from './dead-letter.service.js';

const topic = z.enum(['raw', 'enriched'], { message: 'must be raw or enriched' });
const code = z.string().regex(/^[A-Z_]{1,64}$/, 'must be an error code such as CONTRACT_VIOLATION');
const ListQuery = z.object({ topic, code: code.optional() });
const RedriveOne = z.object({
  topic,
  partition: z.number().int().min(0),
  offset: z.string().regex(/^\d{1,19}$/, 'must be a Kafka offset'),
  /** An operator's fixed copy of the original; without it the original bytes go back as they were. */
  value: z
    .string()
    .max(16 * 1024 * 1024)
    .optional(),
});
const RedriveCode = z.object({ topic, code });

/**
 * `/api/dead-letters`: the letters of each topic with their reason and source coordinates, and re-drive of one
 * letter (optionally fixed) or of every letter with one error code, once its cause is fixed.
 */
@Controller('api/dead-letters')
@UseGuards(AdminKeyGuard)
export class DeadLetterController {
  constructor(private readonly inbox: DeadLetterService) {}

  @Get()
  list(@Query() query: unknown): { topic: string; letters: DeadLetter[] } {
    const { topic: name, code: only } = validate(ListQuery, query);
    return { topic: SOURCE_TOPICS[name], letters: this.inbox.list(SOURCE_TOPICS[name], only) };
  }

  @Post('redrive')
  @HttpCode(200)
  async redrive(@Body() body: unknown): Promise<{ redriven: number }> {
    const input = validate(RedriveOne, body);
    const letter = this.inbox.find(SOURCE_TOPICS[input.topic as SourceTopicName], input.partition, input.offset);
    if (!letter) throw new AppError('NOT_FOUND', `no dead letter at ${input.topic} ${input.partition}:${input.offset}`);
    if (!(await this.inbox.redrive(letter, input.value)))
      throw new AppError('VALIDATION_FAILED', 'value: the original was too large to keep; send a fixed value', {
        issues: [{ field: 'value', message: 'is required for a letter whose original was not kept' }],
      });
    return { redriven: 1 };
  }

  @Post('redrive-code')
  @HttpCode(200)
  async redriveCode(@Body() body: unknown): Promise<{ redriven: number }> {
    const input = validate(RedriveCode, body);
    const letters = this.inbox.list(SOURCE_TOPICS[input.topic], input.code).filter((l) => l.redrivenAt === null);
    let redriven = 0;
    for (const letter of letters.reverse()) if (await this.inbox.redrive(letter)) redriven += 1;
    return { redriven };
  }
}
