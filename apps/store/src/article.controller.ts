import { validate } from '@app/contracts';
import { AppError } from '@app/errors';
import { Controller, Get, Param } from '@nestjs/common';
import { z } from 'zod';
import { ArticleRepository } from './article.repository.js';
import { toArticleView, type ArticleView } from './article.view.js';

const ArticleParams = z.object({ id: z.uuid({ message: 'must be an article id (a UUID)' }) });

@Controller('v1/articles')
export class ArticleController {
  constructor(private readonly articles: ArticleRepository) {}

  @Get(':id')
  async findOne(@Param() params: unknown): Promise<ArticleView> {
    const { id } = validate(ArticleParams, params);
    const row = await this.articles.findById(id);
    if (!row) throw new AppError('NOT_FOUND', `no article with id ${id}`);
    return toArticleView(row);
  }
}
