import type { ReadPrincipal } from '@app/access';
import { validate } from '@app/contracts';
import { AppError } from '@app/errors';
import { Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { decodeArticleCursor, encodeNext } from './article-filter.js';
import { ArticleQueryRepository } from './article-query.repository.js';
import type { ArticleSummary } from './article.view.js';
import { toListedArticle, type KilledArticle } from './killed-article.view.js';
import { StoryIdParams, StoryQuery } from './query.params.js';
import { validateQuery } from './query-validation.js';
import { ReadKeyGuard } from './read-key.guard.js';
import { Reader } from './reader.decorator.js';
import { limitToReader } from './reader-sources.js';

/** A near-duplicate cluster: the articles the processor grouped under one story id, across agencies. */
@Controller('v1/stories')
@UseGuards(ReadKeyGuard)
export class StoryController {
  constructor(private readonly articles: ArticleQueryRepository) {}

  @Get(':storyId')
  async findOne(
    @Param() params: unknown,
    @Query() query: unknown,
    @Reader() reader: ReadPrincipal,
  ): Promise<{ storyId: string; items: (ArticleSummary | KilledArticle)[]; nextCursor: string | null }> {
    const { storyId } = validate(StoryIdParams, params);
    const { limit, cursor } = validateQuery(StoryQuery, query);
    const after = cursor === undefined ? undefined : decodeArticleCursor(cursor);
    const page = await this.articles.list(limitToReader({ story: storyId.toLowerCase(), limit, after }, reader));
    if (page.rows.length === 0 && after === undefined) throw new AppError('NOT_FOUND', `no story with id ${storyId}`);
    return { storyId, items: page.rows.map(toListedArticle), nextCursor: encodeNext(page.next) };
  }
}
