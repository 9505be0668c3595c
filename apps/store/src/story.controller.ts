import { validate } from '@app/contracts';
import { AppError } from '@app/errors';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { decodeArticleCursor, encodeNext } from './article-filter.js';
import { ArticleQueryRepository } from './article-query.repository.js';
import { toArticleSummary, type ArticleSummary } from './article.view.js';
import { StoryIdParams, StoryQuery } from './query.params.js';
import { validateQuery } from './query-validation.js';

/** A near-duplicate cluster: the articles the processor grouped under one story id, across agencies. */
@Controller('v1/stories')
export class StoryController {
  constructor(private readonly articles: ArticleQueryRepository) {}

  @Get(':storyId')
  async findOne(
    @Param() params: unknown,
    @Query() query: unknown,
  ): Promise<{ storyId: string; items: ArticleSummary[]; nextCursor: string | null }> {
    const { storyId } = validate(StoryIdParams, params);
    const { limit, cursor } = validateQuery(StoryQuery, query);
    const after = cursor === undefined ? undefined : decodeArticleCursor(cursor);
    const page = await this.articles.list({ story: storyId.toLowerCase(), limit, after });
    if (page.rows.length === 0 && after === undefined) throw new AppError('NOT_FOUND', `no story with id ${storyId}`);
    return { storyId, items: page.rows.map(toArticleSummary), nextCursor: encodeNext(page.next) };
  }
}
