import type { ReadPrincipal } from '@app/access';
import { validate } from '@app/contracts';
import { AppError } from '@app/errors';
import { Controller, Get, Headers, Param, Query, Res, UseGuards } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { decodeArticleCursor, encodeNext } from '../articles/article-filter.js';
import { articleFormat } from '../formats/article-format.js';
import { toNinjsStory } from '../formats/article-ninjs-story.view.js';
import type { NinjsItem } from '../formats/article-ninjs.view.js';
import { inVersion, NINJS_MEDIA_TYPES } from '../formats/article-ninjs.writer.js';
import { ArticleQueryRepository } from '../articles/article-query.repository.js';
import type { ArticleSummary } from '../articles/article.view.js';
import { toListedArticle, type KilledArticle } from '../articles/killed-article.view.js';
import { StoryIdParams, StoryQuery } from '../query/query.params.js';
import { validateQuery } from '../query/query-validation.js';
import { ReadKeyGuard } from '../access/read-key.guard.js';
import { Reader } from '../access/reader.decorator.js';
import { limitToReader } from '../access/reader-sources.js';

type StoryPage = { storyId: string; items: (ArticleSummary | KilledArticle)[]; nextCursor: string | null };

/** A near-duplicate cluster: the articles the processor grouped under one story id, across agencies. */
@Controller('v1/stories')
@UseGuards(ReadKeyGuard)
export class StoryController {
  constructor(private readonly articles: ArticleQueryRepository) {}

  /** One page of the story: as JSON with `nextCursor`, or as a ninjs `composite` with the next page in `Link`. */
  @Get(':storyId')
  async findOne(
    @Param() params: unknown,
    @Query() query: unknown,
    @Headers('accept') accept: string | undefined,
    @Reader() reader: ReadPrincipal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StoryPage | NinjsItem> {
    const { storyId } = validate(StoryIdParams, params);
    const { limit, cursor, format: asked } = validateQuery(StoryQuery, query);
    const format = articleFormat(asked, accept);
    const after = cursor === undefined ? undefined : decodeArticleCursor(cursor);
    const page = await this.articles.list(limitToReader({ story: storyId.toLowerCase(), limit, after }, reader));
    if (page.rows.length === 0 && after === undefined) throw new AppError('NOT_FOUND', `no story with id ${storyId}`);
    const nextCursor = encodeNext(page.next);
    reply.header('vary', 'Accept');
    if (format === 'json') return { storyId, items: page.rows.map(toListedArticle), nextCursor };
    reply.type(NINJS_MEDIA_TYPES[format]);
    if (nextCursor !== null) {
      const next = new URLSearchParams({ limit: String(limit), cursor: nextCursor, format });
      reply.header('link', `</v1/stories/${storyId}?${next.toString()}>; rel="next"`);
    }
    return inVersion(format, toNinjsStory(storyId, page.rows, nextCursor === null && after === undefined));
  }
}
