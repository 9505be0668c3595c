import type { ReadPrincipal } from '@app/access';
import { AppError } from '@app/errors';
import { validate } from '@app/contracts';
import { Controller, Get, Headers, Param, Query, Res, UseGuards } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { encodeNext, toArticleFilter } from './article-filter.js';
import { articleFormat, type ArticleFormat } from '../formats/article-format.js';
import type { NinjsItem } from '../formats/article-ninjs.view.js';
import { articleAsNinjs, NINJS_MEDIA_TYPES } from '../formats/article-ninjs.writer.js';
import { ArticleQueryRepository } from './article-query.repository.js';
import { toArticleView, type ArticleRow, type ArticleSummary, type ArticleView } from './article.view.js';
import { toKilledArticle, toListedArticle, type KilledArticle } from './killed-article.view.js';
import type { Page } from '../query/page.js';
import { ArticleIdParams, ArticleListQuery, ArticleViewQuery } from '../query/query.params.js';
import { validateQuery } from '../query/query-validation.js';
import { ReadKeyGuard } from '../access/read-key.guard.js';
import { Reader } from '../access/reader.decorator.js';
import { limitToReader, mayRead } from '../access/reader-sources.js';

type Listed = ArticleSummary | KilledArticle | NinjsItem;

/** The answer depends on `Accept`, so caches must key on it. */
function negotiated(reply: FastifyReply, format: ArticleFormat, single: boolean): void {
  reply.header('vary', 'Accept');
  if (format !== 'json' && single) reply.type(NINJS_MEDIA_TYPES[format]);
}

@Controller('v1/articles')
@UseGuards(ReadKeyGuard)
export class ArticleController {
  constructor(private readonly articles: ArticleQueryRepository) {}

  /** Articles newest first, or by relevance to `q`, filtered, in keyset pages; as JSON or ninjs items. */
  @Get()
  async list(
    @Query() query: unknown,
    @Headers('accept') accept: string | undefined,
    @Reader() reader: ReadPrincipal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Page<Listed>> {
    const valid = validateQuery(ArticleListQuery, query);
    const format = articleFormat(valid.format, accept);
    const page = await this.articles.list(limitToReader(toArticleFilter(valid), reader));
    negotiated(reply, format, false);
    const item: (row: ArticleRow) => Listed =
      format === 'json' ? toListedArticle : (row) => articleAsNinjs(format, row, null);
    return { items: page.rows.map(item), nextCursor: encodeNext(page.next) };
  }

  @Get(':id')
  async findOne(
    @Param() params: unknown,
    @Query() query: unknown,
    @Headers('accept') accept: string | undefined,
    @Reader() reader: ReadPrincipal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ArticleView | KilledArticle | NinjsItem> {
    const { id } = validate(ArticleIdParams, params);
    const format = articleFormat(validateQuery(ArticleViewQuery, query).format, accept);
    const found = await this.articles.findById(id);
    if (!found || !mayRead(reader, found.row.source)) throw new AppError('NOT_FOUND', `no article with id ${id}`);
    negotiated(reply, format, true);
    if (format !== 'json') return articleAsNinjs(format, found.row, found.entities);
    return found.row.status === 'killed' ? toKilledArticle(found.row) : toArticleView(found.row, found.entities);
  }
}
