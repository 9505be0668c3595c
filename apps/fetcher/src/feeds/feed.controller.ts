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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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

function viewOf({ validators: _, ...feed }: Feed): FeedView {
  return feed;
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

  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('id') id: string, @Req() request: AuthenticatedRequest): Promise<void> {
    if (!UUID.test(id) || !(await this.feeds.remove(request.source, id)))
      throw new AppError('NOT_FOUND', `no feed ${id} for source ${request.source}`);
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
