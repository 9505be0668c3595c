import type { AppConfig } from '@app/config';
import { TOPICS } from '@app/contracts';
import { createKafka, inNamespace } from '@app/messaging';
import type { INestApplication } from '@nestjs/common';
import type { Consumer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { randomBytes } from 'node:crypto';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { ApiKeyRepository } from '../../apps/fetcher/src/api-key.repository.js';
import { createFetcherApp } from '../../apps/fetcher/src/fetcher.app.js';
import { authFor, freshNamespace, testConfig } from '../support/pipeline.js';
import { metricValue, scrape } from '../support/prometheus.js';
import { topicSize } from '../support/topic-size.js';
import { waitFor } from '../support/wait-for.js';

interface FeedItem {
  guid: string;
  title: string;
  pubDate: string;
}

type FeedJson = {
  id: string;
  url: string;
  polls: number;
  itemsPublished: number;
  lastStatus: string | null;
  lastErrorCode: string | null;
  lastError: string | null;
  nextPollAt: string;
};

const SAME_DATE = 'Tue, 01 Dec 2026 06:00:00 GMT';

function rss(items: readonly FeedItem[]): string {
  const entries = items.map(
    (i) =>
      `<item><guid>${i.guid}</guid><title>${i.title}</title><link>https://news.example/${i.guid}</link><description>Текст новости ${i.guid}.</description><pubDate>${i.pubDate}</pubDate></item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>e2e</title><link>https://news.example/</link><language>ru</language>${entries.join('')}</channel></rss>`;
}

/**
 * A local feed host: an RSS feed with ETag, a redirect to a private address, a drip, a 10 MB body, and an empty
 * feed reached directly or through permanent and temporary redirects.
 */
class FeedHost {
  items: FeedItem[] = [];
  /** Requests per path. */
  readonly hits = new Map<string, number>();
  conditional = true;
  readonly conditionalRequests: string[] = [];
  feedRequests = 0;
  maxConcurrentFeedRequests = 0;
  private concurrent = 0;
  private readonly server: Server = createServer(
    (request, response) => void this.route(request.url ?? '', request.headers['if-none-match'], response),
  );
  port = 0;

  get etag(): string {
    return `"v${this.items.length}"`;
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private async route(
    path: string,
    ifNoneMatch: string | string[] | undefined,
    response: ServerResponse,
  ): Promise<void> {
    this.hits.set(path, (this.hits.get(path) ?? 0) + 1);
    if (path === '/empty.xml' || path === '/keyed.xml')
      return void response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss([]));
    if (path === '/moved') return void response.writeHead(301, { location: '/empty.xml' }).end();
    if (path === '/moved-too') return void response.writeHead(308, { location: '/empty.xml' }).end();
    if (path === '/temporary') return void response.writeHead(307, { location: '/empty.xml' }).end();
    if (path === '/feed.xml') return this.feed(ifNoneMatch, response);
    if (path === '/redirect')
      return void response.writeHead(302, { location: `http://127.0.0.2:${this.port}/feed.xml` }).end();
    if (path === '/drip') return this.drip(response);
    if (path === '/huge') return this.huge(response);
    response.writeHead(404).end();
  }

  private async feed(ifNoneMatch: string | string[] | undefined, response: ServerResponse): Promise<void> {
    this.feedRequests += 1;
    this.concurrent += 1;
    this.maxConcurrentFeedRequests = Math.max(this.maxConcurrentFeedRequests, this.concurrent);
    if (typeof ifNoneMatch === 'string') this.conditionalRequests.push(ifNoneMatch);
    // Long enough for two pollers to overlap if nothing kept them apart.
    await new Promise((resolve) => setTimeout(resolve, 150));
    this.concurrent -= 1;
    if (this.conditional && ifNoneMatch === this.etag) return void response.writeHead(304, { etag: this.etag }).end();
    response
      .writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip', etag: this.etag })
      .end(gzipSync(rss(this.items)));
  }

  private drip(response: ServerResponse): void {
    response.writeHead(200, { 'content-type': 'application/rss+xml' });
    const timer = setInterval(() => response.write(' '), 100);
    response.on('close', () => clearInterval(timer));
  }

  private huge(response: ServerResponse): void {
    response.writeHead(200, { 'content-type': 'application/rss+xml' });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const write = (): void => {
      while (sent < 10 * 1024 * 1024) {
        sent += chunk.length;
        if (!response.write(chunk)) return void response.once('drain', write);
      }
      response.end();
    };
    write();
  }
}

async function listen(app: INestApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  return (await app.getUrl()).replace('[::1]', '127.0.0.1');
}

/** Every raw article of the namespace, read from the beginning by a fresh consumer group. */
async function readRawArticles(config: AppConfig, expected: number): Promise<{ externalId: string; source: string }[]> {
  const kafka = createKafka(config.kafka, 'e2e-feed-reader', { warn: () => undefined, error: () => undefined });
  const consumer: Consumer = kafka.consumer({ groupId: `e2e-feed-reader-${randomBytes(4).toString('hex')}` });
  const seen: { externalId: string; source: string }[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic: inNamespace(config.kafka.namespace, TOPICS.rawArticles), fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) =>
        void seen.push(JSON.parse(message.value!.toString('utf8')) as { externalId: string; source: string }),
    });
    await waitFor(async () => (seen.length >= expected ? true : undefined), `${expected} raw articles`);
    return seen;
  } finally {
    await consumer.disconnect();
  }
}

describe('feed polling (real Kafka and PostgreSQL, a local feed host)', () => {
  const host = new FeedHost();
  const config = testConfig({
    KAFKA_NAMESPACE: freshNamespace('e2e-feeds'),
    FEED_ALLOWED_HOSTS: '127.0.0.1',
    FEED_MIN_INTERVAL_SECONDS: '1',
    FEED_TICK_MS: '100',
    FEED_HEADER_TIMEOUT_MS: '1000',
    FEED_TIMEOUT_MS: '2000',
    FEED_MAX_BODY_BYTES: String(1024 * 1024),
    FEED_MAX_PER_SOURCE: '10',
  });
  const apps: INestApplication[] = [];
  const running: string[] = [];
  let fetcher = '';

  async function startFetcher(): Promise<string> {
    const app = await createFetcherApp(config);
    apps.push(app);
    const url = await listen(app);
    running.push(url);
    await waitFor(
      async () => ((await fetch(`${url}/health/ready`)).ok ? true : undefined),
      'the fetcher to be ready',
      60_000,
    );
    return url;
  }

  async function api(
    path: string,
    init: RequestInit = {},
    source: Parameters<typeof authFor>[0] = 'e2e-tass',
  ): Promise<Response> {
    const json: Record<string, string> = init.body === undefined ? {} : { 'content-type': 'application/json' };
    return fetch(`${fetcher}/v1/feeds${path}`, {
      ...init,
      headers: { ...json, ...authFor(source), ...(init.headers as Record<string, string>) },
    });
  }

  async function register(url: string): Promise<FeedJson> {
    const response = await api('', {
      method: 'POST',
      body: JSON.stringify({ url, source: 'e2e-tass', intervalSeconds: 1 }),
    });
    expect(response.status).toBe(201);
    return (await response.json()) as FeedJson;
  }

  async function feedWhen(id: string, what: string, check: (feed: FeedJson) => boolean): Promise<FeedJson> {
    return waitFor(async () => {
      const feed = (await (await api(`/${id}`)).json()) as FeedJson;
      return check(feed) ? feed : undefined;
    }, what);
  }

  const rawSize = () => topicSize(config, TOPICS.rawArticles);

  beforeAll(async () => {
    await host.start();
    fetcher = await startFetcher();
  }, 90_000);

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
    await host.stop();
  });

  it('refuses bad registrations with problem+json: no key, another source, a bad or private URL, a too-short interval', async () => {
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      api('', { method: 'POST', body: JSON.stringify(body), headers });
    expect((await post({ url: host.url('/feed.xml'), source: 'e2e-tass' }, { authorization: '' })).status).toBe(401);
    const other = await post({ url: host.url('/feed.xml'), source: 'e2e-ria' });
    expect(other.status).toBe(403);
    expect(other.headers.get('content-type')).toContain('application/problem+json');
    for (const url of [
      'ftp://news.example/feed',
      `http://127.0.0.2:${host.port}/feed.xml`,
      'http://2130706434/feed',
      'http://0177.0.0.2/feed',
      'http://169.254.169.254/latest/meta-data/',
      'http://[::ffff:10.0.0.1]/',
    ]) {
      const refused = await post({ url, source: 'e2e-tass' });
      expect(refused.status).toBe(400);
      expect(await refused.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'url' }] });
    }
    const tooOften = await post({ url: host.url('/feed.xml'), source: 'e2e-tass', intervalSeconds: 0 });
    expect(await tooOften.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'intervalSeconds' }] });
  });

  it('publishes every item once, uses 304s, survives restarts and a second instance, and adds exactly the new item', async () => {
    host.items = [
      { guid: 'feed-a', title: 'Первая новость', pubDate: SAME_DATE },
      { guid: 'feed-b', title: 'Вторая новость', pubDate: SAME_DATE },
      { guid: 'feed-c', title: 'Третья новость', pubDate: 'Tue, 01 Dec 2026 05:00:00 GMT' },
    ];
    const before = await rawSize();
    const feed = await register(host.url('/feed.xml'));
    await feedWhen(feed.id, 'the first poll', (f) => f.polls >= 1 && f.lastStatus === 'ok');
    expect(await rawSize()).toBe(before + 3);

    await feedWhen(feed.id, 'a conditional poll', (f) => f.lastStatus === 'not-modified');
    expect(host.conditionalRequests).toContain('"v3"');
    expect(await rawSize()).toBe(before + 3);

    // A restarted poller on a host that ignores validators sees every item again and publishes none of them.
    host.conditional = false;
    await apps.shift()!.close();
    running.shift();
    fetcher = await startFetcher();
    const { polls } = await feedWhen(feed.id, 'a poll after the restart', (f) => f.lastStatus === 'ok');
    await feedWhen(feed.id, 'another full poll', (f) => f.polls > polls && f.lastStatus === 'ok');
    expect(
      metricValue(await scrape(fetcher), 'intake_articles_total', { source: 'e2e-tass', outcome: 'duplicate' }),
    ).toBe(0);
    expect(await rawSize()).toBe(before + 3);

    // Two instances share the feed without ever polling it at the same time.
    await startFetcher();
    host.items = [{ guid: 'feed-d', title: 'Четвёртая новость', pubDate: SAME_DATE }, ...host.items];
    const grown = await feedWhen(feed.id, 'the new item', (f) => f.itemsPublished === 4);
    await feedWhen(feed.id, 'two more polls', (f) => f.polls >= grown.polls + 2);
    expect(await rawSize()).toBe(before + 4);
    expect(host.maxConcurrentFeedRequests).toBe(1);

    const published = (await readRawArticles(config, before + 4)).filter((a) => a.externalId.startsWith('feed-'));
    expect(published.map((a) => a.externalId).sort()).toEqual(['feed-a', 'feed-b', 'feed-c', 'feed-d']);
  }, 120_000);

  it('refuses a redirect to a private address at poll time and records why', async () => {
    const feed = await register(host.url('/redirect'));
    const failed = await feedWhen(feed.id, 'the refused poll', (f) => f.lastStatus === 'error');
    expect(failed).toMatchObject({
      lastErrorCode: 'FEED_ADDRESS_REFUSED',
      lastError: expect.stringContaining('127.0.0.2'),
    });
  });

  it('cuts off a dripping feed and a 10 MB feed, and stays healthy', async () => {
    const drip = await register(host.url('/drip'));
    const huge = await register(host.url('/huge'));
    expect(await feedWhen(drip.id, 'the drip to time out', (f) => f.lastStatus === 'error')).toMatchObject({
      lastErrorCode: 'FEED_TIMEOUT',
    });
    expect(await feedWhen(huge.id, 'the huge body to be cut off', (f) => f.lastStatus === 'error')).toMatchObject({
      lastErrorCode: 'FEED_TOO_LARGE',
    });
    expect((await fetch(`${fetcher}/health/ready`)).status).toBe(200);
    // Either running instance may have polled them.
    const failed = await Promise.all(
      running.map(async (url) => metricValue(await scrape(url), 'feed_polls_total', { outcome: 'failed' })),
    );
    expect(failed.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(2);
  });

  it('stores a permanent redirect as the feed’s URL, keeps a temporary one, and keeps a URL the source already has', async () => {
    const moved = await register(host.url('/moved'));
    const stored = await feedWhen(
      moved.id,
      'the move to be stored',
      (f) => f.url === host.url('/empty.xml') && f.lastStatus === 'ok',
    );
    await feedWhen(moved.id, 'two more polls', (f) => f.polls >= stored.polls + 2);
    expect(host.hits.get('/moved')).toBe(1);

    const movedToo = await register(host.url('/moved-too'));
    const temporary = await register(host.url('/temporary'));
    for (const feed of [movedToo, temporary]) {
      const polled = await feedWhen(feed.id, 'a successful poll', (f) => f.lastStatus === 'ok');
      expect(polled.url).toBe(feed.url);
    }
  }, 60_000);

  it('refuses registrations beyond FEED_MAX_PER_SOURCE with 409 TOO_MANY_FEEDS, also when they arrive at once', async () => {
    const post = (n: number) =>
      api(
        '',
        { method: 'POST', body: JSON.stringify({ url: host.url(`/limit/${n}`), source: 'e2e-down' }) },
        'e2e-down',
      );
    const responses = await Promise.all(Array.from({ length: 11 }, (_, n) => post(n)));
    expect(responses.map((r) => r.status).sort()).toEqual([...Array(10).fill(201), 409]);
    const refused = responses.find((r) => r.status === 409)!;
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(await refused.json()).toMatchObject({ code: 'TOO_MANY_FEEDS' });
    const { feeds } = (await (await api('', {}, 'e2e-down')).json()) as { feeds: FeedJson[] };
    for (const feed of feeds) expect((await api(`/${feed.id}`, { method: 'DELETE' }, 'e2e-down')).status).toBe(204);
  });

  it('stops polling the feeds of a source whose keys are all revoked, says why, and resumes when a key is re-issued', async () => {
    const keys = apps[0]!.get(ApiKeyRepository);
    const dataSource = apps[0]!.get(DataSource);
    const source = `e2e-keyed-${randomBytes(3).toString('hex')}`;
    const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
    const first = await keys.create(source);
    const registered = await api('', {
      method: 'POST',
      body: JSON.stringify({ url: host.url('/keyed.xml'), source, intervalSeconds: 1 }),
      headers: bearer(first.key),
    });
    expect(registered.status).toBe(201);
    const { id } = (await registered.json()) as FeedJson;
    const row = async () =>
      (
        (await dataSource.query('SELECT last_error_code, polls, next_poll_at FROM feeds WHERE id = $1', [id])) as {
          last_error_code: string | null;
          polls: string;
          next_poll_at: Date;
        }[]
      )[0]!;
    await waitFor(async () => (Number((await row()).polls) >= 1 ? true : undefined), 'a first poll');
    /**
     * Each instance's `feed_in_error{code="SOURCE_REVOKED"}` once it caught up with the database, less other
     * sources' parked feeds: the repository spec leaves feeds of unkeyed sources in the shared test database.
     */
    const revokedGauges = () =>
      waitFor(async () => {
        const [{ total, others }] = (await dataSource.query(
          `SELECT count(*)::int AS total, (count(*) FILTER (WHERE source <> $1))::int AS others FROM feeds WHERE last_error_code = 'SOURCE_REVOKED'`,
          [source],
        )) as [{ total: number; others: number }];
        const gauges = await Promise.all(
          running.map(async (url) => metricValue(await scrape(url), 'feed_in_error', { code: 'SOURCE_REVOKED' })),
        );
        return gauges.every((g) => g === total) ? gauges.map((g) => g - others) : undefined;
      }, 'the feed error gauges to match the database');

    await keys.revoke(first.record.id);
    const parked = await waitFor(async () => {
      const current = await row();
      return current.last_error_code === 'SOURCE_REVOKED' ? current : undefined;
    }, 'the feed to be marked SOURCE_REVOKED');
    const hitsWhenParked = host.hits.get('/keyed.xml');
    // Due again and put off again: a whole interval passed without a fetch.
    await waitFor(
      async () => ((await row()).next_poll_at > parked.next_poll_at ? true : undefined),
      'the feed to be put off again',
    );
    expect(host.hits.get('/keyed.xml')).toBe(hitsWhenParked);
    expect((await row()).polls).toBe(parked.polls);
    // Operators see it on /metrics: each put-off counted for its source, by whichever instance parked it.
    const timesParked = async () =>
      (
        await Promise.all(running.map(async (url) => metricValue(await scrape(url), 'feed_parked_total', { source })))
      ).reduce((a, b) => a + b, 0);
    await waitFor(
      async () => ((await timesParked()) >= 2 ? true : undefined),
      'feed_parked_total to count both put-offs',
    );
    expect(await revokedGauges()).toEqual(running.map(() => 1));

    const second = await keys.create(source);
    const resumed = await waitFor(async () => {
      const feed = (await (await api(`/${id}`, { headers: bearer(second.key) })).json()) as FeedJson;
      return feed.lastStatus === 'ok' && feed.polls > Number(parked.polls) ? feed : undefined;
    }, 'polling to resume');
    expect(resumed.lastErrorCode).toBeNull();
    expect(host.hits.get('/keyed.xml')).toBeGreaterThan(hitsWhenParked!);
    expect(await revokedGauges()).toEqual(running.map(() => 0));
    expect((await api(`/${id}`, { method: 'DELETE', headers: bearer(second.key) })).status).toBe(204);
  }, 60_000);

  it('lists the caller’s feeds only, and deletes them', async () => {
    const mine = (await (await api('')).json()) as { feeds: FeedJson[] };
    expect(mine.feeds.length).toBeGreaterThanOrEqual(4);
    expect(((await (await api('', {}, 'e2e-ria')).json()) as { feeds: FeedJson[] }).feeds).toEqual([]);
    const id = mine.feeds[0]!.id;
    expect((await api(`/${id}`, {}, 'e2e-ria')).status).toBe(404);
    expect((await api(`/${id}`, { method: 'DELETE' }, 'e2e-ria')).status).toBe(404);
    for (const feed of mine.feeds) expect((await api(`/${feed.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await api(`/${id}`)).status).toBe(404);
  });
});
