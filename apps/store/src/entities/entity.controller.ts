import { validate } from '@app/contracts';
import { AppError } from '@app/errors';
import { Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { decodeEntityCursor, encodeNext } from '../articles/article-filter.js';
import type { Page } from '../query/page.js';
import { EntityQueryRepository } from './entity-query.repository.js';
import { toEntitySummary, toEntityView, type EntitySummary, type EntityView } from './entity.view.js';
import { EntityDetailQuery, EntityKeyParams, EntityListQuery } from '../query/query.params.js';
import { validateQuery } from '../query/query-validation.js';
import { ReadKeyGuard } from '../access/read-key.guard.js';

@Controller('v1/entities')
@UseGuards(ReadKeyGuard)
export class EntityController {
  constructor(private readonly entities: EntityQueryRepository) {}

  /** Entities by name prefix and type, most mentioned first. */
  @Get()
  async list(@Query() query: unknown): Promise<Page<EntitySummary>> {
    const { prefix, type, limit, cursor } = validateQuery(EntityListQuery, query);
    const after = cursor === undefined ? undefined : decodeEntityCursor(cursor);
    const page = await this.entities.search({ prefix, type, limit, after });
    return { items: page.rows.map(toEntitySummary), nextCursor: encodeNext(page.next) };
  }

  @Get(':key')
  async findOne(@Param() params: unknown, @Query() query: unknown): Promise<EntityView> {
    const { key } = validate(EntityKeyParams, params);
    const detail = await this.entities.findByKey(key.toLowerCase(), validateQuery(EntityDetailQuery, query));
    if (!detail) throw new AppError('NOT_FOUND', `no entity with key ${key}`);
    return toEntityView(detail);
  }
}
