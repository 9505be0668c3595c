import { AppError } from '@app/errors';
import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { LatestRowsService } from './latest-rows.service.js';
import { UpstreamClient } from './upstream.client.js';

/** The store's read routes the pages use; anything else under `/api/store` is a 404 here, not a proxy hole. */
const STORE_ROUTES = /^\/v1\/(articles|entities|stories|changes)(\/[^/?#]*)?(\?.*)?$/;
const FEED_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FEED_ACTIONS = new Set(['pause', 'resume', 'poll']);

/**
 * The pages' only way to the pipeline's data: the store's public read API and the fetcher's source freshness,
 * passed through with the caller's own `Authorization` header, so the console can never see more than the
 * key in the browser may. One origin for the browser, so the services need no CORS.
 */
@Controller('api')
export class UpstreamController {
  constructor(
    private readonly upstreams: UpstreamClient,
    private readonly latestRows: LatestRowsService,
  ) {}

  /** The latest page's rows: the store's article list, each item with its entity chips and its story's size. */
  @Get('latest')
  async latest(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const queryAt = request.url.indexOf('?');
    const listPath = `/v1/articles${queryAt === -1 ? '' : request.url.slice(queryAt)}`;
    const answer = await this.latestRows.rows(listPath, request.headers.authorization);
    await reply.status(answer.status).type(answer.contentType).send(answer.body);
  }

  @Get('store/*')
  async store(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const path = request.url.slice('/api/store'.length);
    if (!STORE_ROUTES.test(path)) throw new AppError('ROUTE_NOT_FOUND', `the console does not read ${path}`);
    const answer = await this.upstreams.get('store', path, request.headers.authorization);
    await reply.status(answer.status).type(answer.contentType).send(answer.body);
  }

  @Get('sources')
  async sources(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const answer = await this.upstreams.get('fetcher', '/v1/sources', request.headers.authorization);
    await reply.status(answer.status).type(answer.contentType).send(answer.body);
  }

  /** Every source's feeds with their polling state (any read key). */
  @Get('feeds')
  async feeds(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const answer = await this.upstreams.get('fetcher', '/v1/operator/feeds', request.headers.authorization);
    await reply.status(answer.status).type(answer.contentType).send(answer.body);
  }

  /** Pause, resume or poll-now of one feed; the fetcher checks that the key has the `admin` scope. */
  @Post('feeds/:id/:action')
  async feedAction(
    @Param('id') id: string,
    @Param('action') action: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (!FEED_ID.test(id) || !FEED_ACTIONS.has(action))
      throw new AppError('ROUTE_NOT_FOUND', `the console does not ${action} feed ${id}`);
    const answer = await this.upstreams.post(
      'fetcher',
      `/v1/operator/feeds/${id}/${action}`,
      request.headers.authorization,
    );
    await reply.status(answer.status).type(answer.contentType).send(answer.body);
  }
}
