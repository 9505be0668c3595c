import { AppError } from '@app/errors';
import { validate } from '@app/contracts';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { encodeNext, toArticleFilter } from './article-filter.js';
import { ArticleQueryRepository } from './article-query.repository.js';
import { toArticleSummary, toArticleView, type ArticleSummary, type ArticleView } from './article.view.js';
import type { Page } from './page.js';
import { ArticleIdParams, ArticleListQuery } from './query.params.js';
import { validateQuery } from './query-validation.js';

@Controller('v1/articles')
export class ArticleController {
  constructor(private readonly articles: ArticleQueryRepository) {}

  /** Articles newest first, filtered, in keyset pages. */
  @Get()
  async list(@Query() query: unknown): Promise<Page<ArticleSummary>> {
    const page = await this.articles.list(toArticleFilter(validateQuery(ArticleListQuery, query)));
    return { items: page.rows.map(toArticleSummary), nextCursor: encodeNext(page.next) };
  }

  @Get(':id')
  async findOne(@Param() params: unknown): Promise<ArticleView> {
    const { id } = validate(ArticleIdParams, params);
    const found = await this.articles.findById(id);
    if (!found) throw new AppError('NOT_FOUND', `no article with id ${id}`);
    return toArticleView(found.row, found.entities);
  }
}
