import { validate } from '@app/contracts';
import { AppError } from '@app/errors';
import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { ApiKeyGuard, type AuthenticatedRequest } from '../api-key.guard.js';
import type { FeedAddressGuard } from './feed-address.guard.js';
import { FeedFetchError } from './feed-fetch.error.js';
import { FeedRepository, type Feed } from './feed.repository.js';
import { FEED_ADDRESS_GUARD } from './feed-http.providers.js';
import { FEED_SETTINGS, type FeedSettings } from './feed-settings.js';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const registrationSchema = (minInterval: number) =>
  z.strictObject({
    url: z.string().min(1).max(2048),
    source: z.string().min(1).max(64),
    intervalSeconds: z
      .number()
      .int()
      .min(minInterval, `must be at least ${minInterval} seconds`)
      .max(31_536_000)
      .optional(),
  });

/** What the API shows of a feed: its polling state, without the stored validators. */
export type FeedView = Omit<Feed, 'validators'>;

export function viewOf({ validators: _, ...feed }: Feed): FeedView {
  return feed;
}

/** The answer to poll-now: the feed, due now; `FEED_PAUSED` (409) or `NOT_FOUND` (404) otherwise. */
export function polledNow(id: string, outcome: Feed | 'paused' | null): FeedView {
  if (outcome === 'paused') throw new AppError('FEED_PAUSED', `feed ${id} is paused; resume it before polling it`);
  if (!outcome) throw new AppError('NOT_FOUND', `no feed ${id}`);
  return viewOf(outcome);
}

/**
 * Registered RSS/Atom feeds of the caller's source. A key registers, sees and deletes only its own source's
 * feeds; another source's feed is a 404, as if it did not exist.
 */
@Controller('v1/feeds')
@UseGuards(ApiKeyGuard)
export class FeedController {
  constructor(
    private readonly feeds: FeedRepository,
    @Inject(FEED_ADDRESS_GUARD) private readonly addresses: FeedAddressGuard,
    @Inject(FEED_SETTINGS) private readonly settings: FeedSettings,
  ) {}

  /**
   * `201` with the new feed, `200` with the existing one when the source already registered this URL, `409` when
   * the source already has `FEED_MAX_PER_SOURCE` feeds.
   */
  @Post()
  async register(
    @Body() body: unknown,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<FeedView> {
    const input = validate(registrationSchema(this.settings.minIntervalSeconds), body);
    if (input.source !== request.source)
      throw new AppError('FORBIDDEN_SOURCE', `the API key is for "${request.source}", not "${input.source}"`);
    const url = this.checkedUrl(input.url);
    const interval =
      input.intervalSeconds ?? Math.max(this.settings.defaultIntervalSeconds, this.settings.minIntervalSeconds);
    const registration = await this.feeds.register(input.source, url, interval, this.settings.maxPerSource);
    if (registration.outcome === 'limit-reached') {
      throw new AppError(
        'TOO_MANY_FEEDS',
        `source ${input.source} has ${registration.count} feeds; the limit is ${this.settings.maxPerSource}. Delete one first`,
      );
    }
    void reply.status(registration.outcome === 'created' ? 201 : 200);
    return viewOf(registration.feed);
  }

  @Get()
  async list(@Req() request: AuthenticatedRequest): Promise<{ feeds: FeedView[] }> {
    return { feeds: (await this.feeds.list(request.source)).map(viewOf) };
  }

  @Get(':id')
  async get(@Param('id') id: string, @Req() request: AuthenticatedRequest): Promise<FeedView> {
    const feed = UUID.test(id) ? await this.feeds.find(request.source, id) : null;
    if (!feed) throw new AppError('NOT_FOUND', `no feed ${id} for source ${request.source}`);
    return viewOf(feed);
  }

  /** Stops polling the feed until it is resumed; it keeps its state and seen items. Idempotent. */
  @Post(':id/pause')
  @HttpCode(200)
  async pause(@Param('id') id: string, @Req() request: AuthenticatedRequest): Promise<FeedView> {
    return this.paused(id, true, request.source);
  }

  /** Polls the feed again from its next poll time (at once when that has passed). Idempotent. */
  @Post(':id/resume')
  @HttpCode(200)
  async resume(@Param('id') id: string, @Req() request: AuthenticatedRequest): Promise<FeedView> {
    return this.paused(id, false, request.source);
  }

  /** `202`: the feed is due now, and a scheduler polls it on its next tick. */
  @Post(':id/poll')
  @HttpCode(202)
  async poll(@Param('id') id: string, @Req() request: AuthenticatedRequest): Promise<FeedView> {
    if (!UUID.test(id)) throw new AppError('NOT_FOUND', `no feed ${id} for source ${request.source}`);
    return polledNow(id, await this.feeds.pollNow(id, request.source));
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('id') id: string, @Req() request: AuthenticatedRequest): Promise<void> {
    if (!UUID.test(id) || !(await this.feeds.remove(request.source, id)))
      throw new AppError('NOT_FOUND', `no feed ${id} for source ${request.source}`);
  }

  private async paused(id: string, paused: boolean, source: string): Promise<FeedView> {
    const feed = UUID.test(id) ? await this.feeds.setPaused(id, paused, source) : null;
    if (!feed) throw new AppError('NOT_FOUND', `no feed ${id} for source ${source}`);
    return viewOf(feed);
  }

  /** The normalised URL, or 400 naming why it can never be polled (scheme, credentials, a private literal). */
  private checkedUrl(raw: string): string {
    try {
      return this.addresses.checkUrl(raw).href;
    } catch (error) {
      if (!(error instanceof FeedFetchError)) throw error;
      throw new AppError('VALIDATION_FAILED', `url: ${error.message}`, {
        issues: [{ field: 'url', message: error.message }],
      });
    }
  }
}
