import { ReadKeyAuthenticator } from '@app/access';
import { AppError } from '@app/errors';
import { Controller, Get, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { polledNow, UUID, viewOf, type FeedView } from './feed.controller.js';
import { FeedRepository } from './feed.repository.js';

/**
 * Every source's feeds, for the operators of the pipeline (the console's sources page). Any read key sees them,
 * with their polling state; only a key with the `admin` scope pauses, resumes or polls one now. Source keys
 * manage their own feeds under `/v1/feeds`.
 */
@Controller('v1/operator/feeds')
export class FeedOperatorController {
  constructor(
    private readonly feeds: FeedRepository,
    private readonly keys: ReadKeyAuthenticator,
  ) {}

  @Get()
  async list(@Headers('authorization') authorization?: string): Promise<{ feeds: FeedView[] }> {
    await this.keys.authenticate(authorization, 'read');
    return { feeds: (await this.feeds.listAll()).map(viewOf) };
  }

  @Post(':id/pause')
  @HttpCode(200)
  async pause(@Param('id') id: string, @Headers('authorization') authorization?: string): Promise<FeedView> {
    return this.paused(id, true, authorization);
  }

  @Post(':id/resume')
  @HttpCode(200)
  async resume(@Param('id') id: string, @Headers('authorization') authorization?: string): Promise<FeedView> {
    return this.paused(id, false, authorization);
  }

  @Post(':id/poll')
  @HttpCode(202)
  async poll(@Param('id') id: string, @Headers('authorization') authorization?: string): Promise<FeedView> {
    await this.keys.authenticate(authorization, 'admin');
    if (!UUID.test(id)) throw new AppError('NOT_FOUND', `no feed ${id}`);
    return polledNow(id, await this.feeds.pollNow(id, null));
  }

  private async paused(id: string, paused: boolean, authorization: string | undefined): Promise<FeedView> {
    await this.keys.authenticate(authorization, 'admin');
    const feed = UUID.test(id) ? await this.feeds.setPaused(id, paused, null) : null;
    if (!feed) throw new AppError('NOT_FOUND', `no feed ${id}`);
    return viewOf(feed);
  }
}
