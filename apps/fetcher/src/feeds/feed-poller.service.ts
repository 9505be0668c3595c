import { APP_CONFIG, type AppConfig } from '@app/config';
import { AppError } from '@app/errors';
import type { DecodeContext, Repair, WireDocument, WireItem } from '@app/wire-formats';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ArticleIntakeService, payloadHashOf } from '../article-intake.service.js';
import { FeedFetchError } from './feed-fetch.error.js';
import { FeedHttpClient, type FetchResult } from './feed-http.client.js';
import { storedKeyOf } from './feed-item-key.js';
import { FeedRepository, type Feed, type PollRecord } from './feed.repository.js';
import { nextPollDelaySeconds } from './feed-schedule.js';
import { FEED_SETTINGS, type FeedSettings } from './feed-settings.js';
import { FetcherMetrics } from '../fetcher-metrics.js';

/** Turns a fetched feed body into items; `parseFeedDocument` of `@app/wire-formats` in production. */
export type FeedParser = (payload: Buffer, context: DecodeContext) => WireDocument;
export const FEED_PARSER = Symbol('FEED_PARSER');

/** The `feed_polls_total` outcomes. */
export type PollOutcome = 'new_items' | 'no_new_items' | 'not_modified' | 'refused' | 'failed' | 'lease_lost';

interface Candidate {
  index: number;
  item: WireItem;
  repairs?: Repair[];
  key: string;
}

/** The items of a document not yet seen on this feed, once each, in document order. */
function candidatesOf(document: WireDocument): Candidate[] {
  const byKey = new Map<string, Candidate>();
  for (const entry of document.items) {
    if (!('item' in entry)) continue;
    const key = storedKeyOf(entry.item);
    if (!byKey.has(key)) byKey.set(key, { ...entry, key });
  }
  return [...byKey.values()];
}

/** Added to the longest a step of a poll may take, for the lease that keeps other instances off the feed. */
export const LEASE_MARGIN_SECONDS = 60;

/**
 * Polls one claimed feed: conditional GET, parse, publish what the seen-set does not know through the intake
 * (so the ledger keeps re-sends idempotent), mark it seen only once the broker has it, and schedule the next
 * poll. Never throws: every failure becomes the feed's last error.
 */
@Injectable()
export class FeedPoller {
  private readonly logger = new Logger('FeedPoller');

  constructor(
    private readonly feeds: FeedRepository,
    private readonly http: FeedHttpClient,
    private readonly intake: ArticleIntakeService,
    private readonly metrics: FetcherMetrics,
    @Inject(FEED_PARSER) private readonly parse: FeedParser,
    @Inject(FEED_SETTINGS) private readonly settings: FeedSettings,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async poll(feed: Feed, owner: string): Promise<PollOutcome> {
    let record: PollRecord;
    let outcome: PollOutcome;
    try {
      const fetched = await this.http.fetch(feed.url, feed.validators);
      if (fetched.movedTo) await this.rememberMove(feed, owner, fetched.movedTo);
      ({ record, outcome } = await this.handle(feed, owner, fetched));
    } catch (error) {
      ({ record, outcome } = this.failure(feed, error));
    }
    const kept = await this.feeds.finishPoll(feed.id, owner, record).catch((error: unknown) => {
      this.logger.warn({ msg: 'could not record a feed poll', feedId: feed.id, error: (error as Error).message });
      return false;
    });
    if (!kept) outcome = 'lease_lost';
    this.metrics.feedPolls.inc({ outcome, reason: record.errorCode ?? '' });
    if (record.published > 0) this.metrics.feedItemsPublished.inc({ source: feed.source }, record.published);
    return outcome;
  }

  /** A permanent redirect (301/308) becomes the feed's URL, so later polls go straight there. */
  private async rememberMove(feed: Feed, owner: string, movedTo: string): Promise<void> {
    if (await this.feeds.moveUrl(feed, owner, movedTo)) {
      this.logger.log({ msg: 'feed moved permanently; URL updated', feedId: feed.id, from: feed.url, to: movedTo });
    } else {
      this.logger.warn({
        msg: 'feed moved permanently to a URL its source already registers (or the lease was lost); kept the old URL',
        feedId: feed.id,
        from: feed.url,
        to: movedTo,
      });
    }
  }

  private async handle(
    feed: Feed,
    owner: string,
    fetched: FetchResult,
  ): Promise<{ record: PollRecord; outcome: PollOutcome }> {
    const success = (ttlMinutes?: number) =>
      nextPollDelaySeconds({ intervalSeconds: feed.intervalSeconds, failures: 0, ttlMinutes }, this.settings);
    if (fetched.kind === 'not-modified')
      return {
        record: { status: 'not-modified', nextPollSeconds: success(), failures: 0, published: 0 },
        outcome: 'not_modified',
      };
    const receivedAt = new Date();
    // The feed's URL is the last base for its relative links (after xml:base and the channel's link).
    const timeZone = this.config.intake.timeZones[feed.source];
    const document = this.parse(fetched.body, { receivedAt, documentUrl: feed.url, ...(timeZone ? { timeZone } : {}) });
    const published = await this.publishNew(feed, owner, document, fetched.body, receivedAt);
    if (published > 0)
      this.logger.log({ msg: 'feed items published', feedId: feed.id, source: feed.source, published });
    const record: PollRecord = {
      status: 'ok',
      nextPollSeconds: success(document.ttlMinutes),
      failures: 0,
      published,
      validators: fetched.validators,
    };
    return { record, outcome: published > 0 ? 'new_items' : 'no_new_items' };
  }

  /**
   * Publishes unseen items in batches the intake accepts; returns how many were new articles or versions. Each batch
   * first extends the lease by what one batch may take (the produce timeout, plus a margin): the lease taken for
   * the fetch does not cover many slow batches, and another instance must not poll the feed meanwhile.
   */
  private async publishNew(
    feed: Feed,
    owner: string,
    document: WireDocument,
    body: Buffer,
    receivedAt: Date,
  ): Promise<number> {
    const candidates = candidatesOf(document);
    const seen = await this.feeds.touchSeen(
      feed.id,
      candidates.map((c) => c.key),
    );
    const fresh = candidates.filter((c) => !seen.has(c.key));
    const receipt = {
      format: document.format,
      payloadHash: payloadHashOf(body),
      receivedAt,
      // A feed is decoded by what it is (its root element, or JSON Feed's version URL), whatever its Content-Type said.
      original: {
        mediaType: document.format === 'json-feed' ? 'application/feed+json' : 'application/xml',
        payload: body,
      },
    };
    let published = 0;
    for (let start = 0; start < fresh.length; start += this.config.intake.batchLimit) {
      const batch = fresh.slice(start, start + this.config.intake.batchLimit);
      if (
        !(await this.feeds.extendLease(
          feed.id,
          owner,
          Math.ceil(this.config.kafka.produceTimeoutMs / 1000) + LEASE_MARGIN_SECONDS,
        ))
      ) {
        // Taken over after the lease ran out, or deleted: the new holder polls it; `finishPoll` then finds no lease.
        this.logger.warn({
          msg: 'feed lease lost during its poll; stopped publishing',
          feedId: feed.id,
          source: feed.source,
          published,
        });
        break;
      }
      const report = await this.intake.submit(
        feed.source,
        { format: document.format, items: batch.map(({ key: _, ...entry }) => entry) },
        receipt,
      );
      const feedKept = await this.feeds.markSeen(
        feed.id,
        batch.map((c) => c.key),
      );
      published += report.results.filter((r) => r.status === 'new' || r.status === 'new-version').length;
      if (!feedKept) {
        // Deleted mid-poll: what the broker has stays published, the rest is not; `finishPoll` then finds no lease.
        this.logger.log({
          msg: 'feed deleted during its poll; stopped publishing',
          feedId: feed.id,
          source: feed.source,
          published,
        });
        break;
      }
    }
    return published;
  }

  private failure(feed: Feed, error: unknown): { record: PollRecord; outcome: PollOutcome } {
    const failures = feed.consecutiveFailures + 1;
    const code = error instanceof FeedFetchError || error instanceof AppError ? error.code : 'INTERNAL';
    const retryAfter =
      error instanceof FeedFetchError
        ? error.retryAfterSeconds
        : error instanceof AppError
          ? (error.meta.retryAfterSeconds as number | undefined)
          : undefined;
    const message = (error as Error)?.message ?? String(error);
    const nextPollSeconds = nextPollDelaySeconds(
      { intervalSeconds: feed.intervalSeconds, failures, retryAfterSeconds: retryAfter },
      this.settings,
    );
    const level = code === 'INTERNAL' ? 'error' : 'warn';
    this.logger[level]({
      msg: 'feed poll failed',
      feedId: feed.id,
      source: feed.source,
      code,
      error: message,
      failures,
      nextPollSeconds,
    });
    return {
      record: {
        status: 'error',
        nextPollSeconds,
        failures,
        published: 0,
        errorCode: code,
        error: message.slice(0, 1000),
      },
      outcome: code === 'FEED_ADDRESS_REFUSED' ? 'refused' : 'failed',
    };
  }
}
