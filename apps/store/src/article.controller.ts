import type { ReadPrincipal } from '@app/access';
import { AppError } from '@app/errors';
import { validate } from '@app/contracts';
import { Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { encodeNext, toArticleFilter } from './article-filter.js';
import { ArticleQueryRepository } from './article-query.repository.js';
import { toArticleView, type ArticleSummary, type ArticleView } from './article.view.js';
import { toKilledArticle, toListedArticle, type KilledArticle } from './killed-article.view.js';
import type { Page } from './page.js';
import { ArticleIdParams, ArticleListQuery } from './query.params.js';
import { validateQuery } from './query-validation.js';
import { ReadKeyGuard } from './read-key.guard.js';
import { Reader } from './reader.decorator.js';
import { limitToReader, mayRead } from './reader-sources.js';

@Controller('v1/articles')
@UseGuards(ReadKeyGuard)
export class ArticleController {
  constructor(private readonly articles: ArticleQueryRepository) {}

  /** Articles newest first, filtered, in keyset pages. */
  @Get()
  async list(@Query() query: unknown, @Reader() reader: ReadPrincipal): Promise<Page<ArticleSummary | KilledArticle>> {
    const filter = limitToReader(toArticleFilter(validateQuery(ArticleListQuery, query)), reader);
    const page = await this.articles.list(filter);
    return { items: page.rows.map(toListedArticle), nextCursor: encodeNext(page.next) };
  }

  @Get(':id')
  async findOne(@Param() params: unknown, @Reader() reader: ReadPrincipal): Promise<ArticleView | KilledArticle> {
    const { id } = validate(ArticleIdParams, params);
    const found = await this.articles.findById(id);
    if (!found || !mayRead(reader, found.row.source)) throw new AppError('NOT_FOUND', `no article with id ${id}`);
    return found.row.status === 'killed' ? toKilledArticle(found.row) : toArticleView(found.row, found.entities);
  }
}
