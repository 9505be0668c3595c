import { loadConfig } from '@app/config';
import { AppError } from '@app/errors';
import { Logger } from '@nestjs/common';
import type { DecodeContext, WireDocument, WireItem } from '@app/wire-formats';
import { Registry } from 'prom-client';
import type { ArticleIntakeService } from '../article-intake.service.js';
import type { DecodedPayload } from '../intake-item.js';
import { FeedFetchError } from './feed-fetch.error.js';
import type { FeedHttpClient, FetchResult } from './feed-http.client.js';
import { storedKeyOf } from './feed-item-key.js';
import { FeedPoller } from './feed-poller.service.js';
import type { Feed, FeedRepository, PollRecord } from './feed.repository.js';
import { FetcherMetrics } from '../fetcher-metrics.js';

const item = (guid: string): WireItem => ({
  externalId: guid,
  title: `Новость ${guid}`,
  body: 'Текст',
  publishedAt: '2026-12-01T06:00:00Z',
  version: 1,
  pubStatus: 'usable',
  sourceIds: { guid },
});
const documentOf = (...guids: string[]): WireDocument => ({
  format: 'rss',
  items: guids.map((g, index) => ({ index, item: item(g) })),
  ttlMinutes: 10,
});
const feed: Feed = {
  id: 'f-1',
  source: 'tass',
  url: 'https://feeds.example/rss',
  intervalSeconds: 300,
  validators: { etag: '"old"', lastModified: null },
  nextPollAt: '',
  lastPolledAt: null,
  lastStatus: null,
  lastErrorCode: null,
  lastError: null,
  consecutiveFailures: 2,
  polls: 0,
  itemsPublished: 0,
  createdAt: '',
  pausedAt: null,
  backoffSeconds: null,
};

/** In-memory stand-ins that log the order of side effects. */
function harness(fetched: FetchResult | Error, document: WireDocument, submitFails?: AppError, urlTaken = false) {
  const events: string[] = [];
  const contexts: DecodeContext[] = [];
  const submitted: DecodedPayload[] = [];
  const seen = new Set<string>([storedKeyOf(item('old'))]);
  const finished: PollRecord[] = [];
  const repository = {
    touchSeen: async (_: string, keys: readonly string[]) => new Set(keys.filter((k) => seen.has(k))),
    markSeen: async (_: string, keys: readonly string[]) => (
      events.push(`seen ${keys.length}`),
      keys.forEach((k) => seen.add(k)),
      true
    ),
    finishPoll: async (_: string, __: string, record: PollRecord) => (finished.push(record), true),
    extendLease: async () => true,
    moveUrl: async ({ id }: Feed, owner: string, url: string) => (
      events.push(`move ${id} by ${owner} to ${url}`),
      !urlTaken
    ),
  } as unknown as FeedRepository;
  const http = {
    fetch: async () => (fetched instanceof Error ? Promise.reject(fetched) : fetched),
  } as unknown as FeedHttpClient;
  const intake = {
    submit: async (_: string, decoded: DecodedPayload) => {
      if (submitFails) throw submitFails;
      submitted.push(decoded);
      events.push(`publish ${decoded.items.map((d) => ('item' in d ? d.item.externalId : '?')).join(',')}`);
      return {
        format: 'rss',
        accepted: decoded.items.length,
        rejected: 0,
        results: decoded.items.map((d) => ({ index: d.index, status: 'new' as const })),
      };
    },
  } as unknown as ArticleIntakeService;
  const config = loadConfig({ INTAKE_BATCH_LIMIT: '2', SOURCE_TIME_ZONES: 'tass=Europe/Moscow' });
  const poller = new FeedPoller(
    repository,
    http,
    intake,
    new FetcherMetrics(new Registry()),
    (_, context) => (contexts.push(context), document),
    config.feeds,
    config,
  );
  return { poller, events, finished, repository, contexts, submitted };
}

const ok: FetchResult = {
  kind: 'fetched',
  body: Buffer.from('<rss/>'),
  validators: { etag: '"new"', lastModified: null },
};

describe('FeedPoller', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('publishes only unseen items, in batches the intake accepts, and marks each batch seen after it is published', async () => {
    const { poller, events, finished } = harness(ok, documentOf('a', 'old', 'b', 'a', 'c'));
    await expect(poller.poll(feed, 'me')).resolves.toBe('new_items');
    expect(events).toEqual(['publish a,b', 'seen 2', 'publish c', 'seen 1']);
    expect(finished[0]).toMatchObject({
      status: 'ok',
      published: 3,
      failures: 0,
      validators: { etag: '"new"' },
      nextPollSeconds: 600,
    });
  });

  it("decodes with the feed's URL as the base for relative links and the source's zone, and passes repairs on", async () => {
    const repairs = [{ field: 'url', code: 'URL_RESOLVED' as const, detail: 'resolved' }];
    const document = { format: 'rss', items: [{ index: 0, item: item('r'), repairs }] };
    const { poller, contexts, submitted } = harness(ok, document);
    await poller.poll(feed, 'me');
    expect(contexts).toEqual([
      { receivedAt: expect.any(Date), documentUrl: 'https://feeds.example/rss', timeZone: 'Europe/Moscow' },
    ]);
    expect(submitted[0]!.items).toEqual([{ index: 0, item: item('r'), repairs }]);
  });

  it('stops publishing, without a warning, when the feed is deleted mid-poll, and ends as a lost lease', async () => {
    const { poller, events, repository } = harness(ok, documentOf('a', 'b', 'c'));
    const markSeen = repository.markSeen.bind(repository);
    repository.markSeen = async (id, keys) => (await markSeen(id, keys), false);
    repository.finishPoll = async () => false;
    const complaints: unknown[] = [];
    const record = (message: unknown) => void complaints.push(message);
    Logger.overrideLogger({ log: () => undefined, warn: record, error: record });
    try {
      await expect(poller.poll(feed, 'me')).resolves.toBe('lease_lost');
    } finally {
      Logger.overrideLogger(false);
    }
    expect(events).toEqual(['publish a,b', 'seen 2']);
    expect(complaints).toEqual([]);
  });

  it('extends the lease before each batch and stops publishing once another instance took the feed over', async () => {
    const { poller, events, repository } = harness(ok, documentOf('a', 'b', 'c', 'd', 'e'));
    const extended: number[] = [];
    repository.extendLease = async (_id, owner, seconds) => (
      extended.push(seconds),
      owner === 'me' && extended.length < 3
    );
    repository.finishPoll = async () => false;
    await expect(poller.poll(feed, 'me')).resolves.toBe('lease_lost');
    expect(events).toEqual(['publish a,b', 'seen 2', 'publish c,d', 'seen 2']);
    expect(extended).toEqual(Array(3).fill(Math.ceil(loadConfig({}).kafka.produceTimeoutMs / 1000) + 60));
  });

  it('keeps the old validators and marks nothing seen when publishing fails', async () => {
    const { poller, events, finished } = harness(ok, documentOf('a'), new AppError('BROKER_UNAVAILABLE', 'down'));
    await expect(poller.poll(feed, 'me')).resolves.toBe('failed');
    expect(events).toEqual([]);
    expect(finished[0]).toMatchObject({ status: 'error', errorCode: 'BROKER_UNAVAILABLE', failures: 3 });
    expect(finished[0]).not.toHaveProperty('validators');
  });

  it('records a 304 as not modified and a refused address as refused, honouring Retry-After', async () => {
    const notModified = harness({ kind: 'not-modified' }, documentOf());
    await expect(notModified.poller.poll(feed, 'me')).resolves.toBe('not_modified');
    expect(notModified.finished[0]).toMatchObject({ status: 'not-modified', failures: 0, published: 0 });

    const refused = harness(new FeedFetchError('FEED_ADDRESS_REFUSED', 'a private address'), documentOf());
    await expect(refused.poller.poll(feed, 'me')).resolves.toBe('refused');

    const limited = harness(new FeedFetchError('FEED_HTTP_STATUS', 'the feed answered 429', 5000), documentOf());
    await limited.poller.poll(feed, 'me');
    expect(limited.finished[0]!.nextPollSeconds).toBe(5000);
  });

  it('moves the feed to where it permanently moved before publishing, and polls on when the source already has that URL', async () => {
    const moved = harness({ ...ok, movedTo: 'https://feeds.example/new' }, documentOf('a'));
    await expect(moved.poller.poll(feed, 'me')).resolves.toBe('new_items');
    expect(moved.events).toEqual(['move f-1 by me to https://feeds.example/new', 'publish a', 'seen 1']);

    const taken = harness(
      { kind: 'not-modified', movedTo: 'https://feeds.example/new' },
      documentOf(),
      undefined,
      true,
    );
    await expect(taken.poller.poll(feed, 'me')).resolves.toBe('not_modified');
    expect(taken.events).toEqual(['move f-1 by me to https://feeds.example/new']);
    expect(taken.finished[0]).toMatchObject({ status: 'not-modified', failures: 0 });
  });

  it('leaves the URL alone without a permanent move', async () => {
    const { poller, events } = harness(ok, documentOf('a'));
    await poller.poll(feed, 'me');
    expect(events.filter((e) => e.startsWith('move'))).toEqual([]);
  });
});
