import { loadConfig } from '@app/config';
import { connectDataSource, createDataSource } from '@app/database';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { FETCHER_DATABASE } from '../fetcher.database.js';
import { FeedRepository, type Feed, type Registration } from './feed.repository.js';

type Created = Registration & { outcome: 'created' };

/**
 * Only source-scoped operations: claiming and parking work on every due feed of the shared test database, so
 * they are tested end to end (test/e2e/feed-polling) where no other test's fetcher competes for the same rows.
 */
describe('FeedRepository against PostgreSQL', () => {
  let dataSource: DataSource;
  let feeds: FeedRepository;
  const freshSource = () => `int-feeds-${randomBytes(4).toString('hex')}`;
  const url = (n: number | string) => `https://feeds.example/${n}.xml`;

  /** Leases the feed to `owner` well beyond the test, so no running fetcher touches it meanwhile. */
  async function lease(feed: Feed, owner: string): Promise<void> {
    await dataSource.query(`UPDATE feeds SET lease_owner = $2, lease_until = now() + interval '1 hour' WHERE id = $1`, [
      feed.id,
      owner,
    ]);
  }

  async function created(source: string, at: string): Promise<Feed> {
    return ((await feeds.register(source, at, 3600, 10)) as Created).feed;
  }

  beforeAll(async () => {
    const config = loadConfig(process.env);
    dataSource = await connectDataSource(() => createDataSource(config.database, FETCHER_DATABASE), {
      migrationsRun: true,
      log: console,
    });
    feeds = new FeedRepository(dataSource);
  });

  afterAll(async () => dataSource?.destroy());

  it('never lets concurrent registrations take a source past its limit, and still finds an existing feed at the limit', async () => {
    const source = freshSource();
    const outcomes = await Promise.all(Array.from({ length: 8 }, (_, n) => feeds.register(source, url(n), 3600, 5)));
    expect(outcomes.map((o) => o.outcome).sort()).toEqual([
      ...Array(5).fill('created'),
      ...Array(3).fill('limit-reached'),
    ]);
    expect(outcomes.filter((o) => o.outcome === 'limit-reached')).toEqual(
      Array(3).fill({ outcome: 'limit-reached', count: 5 }),
    );
    expect(await feeds.list(source)).toHaveLength(5);

    const kept = outcomes.find((o): o is Created => o.outcome === 'created')!;
    await expect(feeds.register(source, kept.feed.url, 3600, 5)).resolves.toMatchObject({
      outcome: 'existing',
      feed: { id: kept.feed.id },
    });
  });

  it('moves a leased feed to its new URL, but not onto another feed of its source nor without the lease', async () => {
    const source = freshSource();
    const old = await created(source, url('old'));
    const other = await created(source, url('other'));
    await lease(old, 'me');
    await expect(feeds.moveUrl(old, 'someone-else', url('new'))).resolves.toBe(false);
    await expect(feeds.moveUrl(old, 'me', url('other'))).resolves.toBe(false);
    expect((await feeds.find(source, old.id))!.url).toBe(url('old'));
    await expect(feeds.moveUrl(old, 'me', url('new'))).resolves.toBe(true);
    expect((await feeds.list(source)).map((f) => [f.id, f.url])).toEqual([
      [old.id, url('new')],
      [other.id, url('other')],
    ]);
  });

  it('extends a lease only for the owner still holding it, also once it has run out', async () => {
    const source = freshSource();
    const feed = await created(source, url('extend'));
    await lease(feed, 'me');
    await expect(feeds.extendLease(feed.id, 'me', 90)).resolves.toBe(true);
    await expect(feeds.extendLease(feed.id, 'other', 90)).resolves.toBe(false);
    await dataSource.query(`UPDATE feeds SET lease_until = now() - interval '1 second' WHERE id = $1`, [feed.id]);
    await expect(feeds.extendLease(feed.id, 'me', 90)).resolves.toBe(true);
    const [{ left }] = (await dataSource.query(
      `SELECT extract(epoch FROM lease_until - now())::int AS left FROM feeds WHERE id = $1`,
      [feed.id],
    )) as [{ left: number }];
    expect(left).toBeGreaterThan(80);
    await lease(feed, 'other');
    await expect(feeds.extendLease(feed.id, 'me', 90)).resolves.toBe(false);
  });

  it('marks nothing seen for a feed deleted mid-poll, answering false, but still throws on other bad rows', async () => {
    const source = freshSource();
    const feed = await created(source, url('gone'));
    await lease(feed, 'me');
    await expect(feeds.markSeen(feed.id, ['k1'])).resolves.toBe(true);
    await expect(feeds.remove(source, feed.id)).resolves.toBe(true);
    await expect(feeds.markSeen(feed.id, ['k1', 'k2'])).resolves.toBe(false);
    const [{ n }] = (await dataSource.query('SELECT count(*)::int AS n FROM feed_seen_items WHERE feed_id = $1', [
      feed.id,
    ])) as [{ n: number }];
    expect(n).toBe(0);
    await expect(
      feeds.finishPoll(feed.id, 'me', { status: 'ok', nextPollSeconds: 60, failures: 0, published: 2 }),
    ).resolves.toBe(false);
    await expect(feeds.markSeen('not-a-uuid', ['k1'])).rejects.toMatchObject({ code: 'PROCESSING_FAILED' });
  });

  it('moves only one of two feeds racing to the same URL, without a constraint error', async () => {
    const source = freshSource();
    const racers = [await created(source, url('a')), await created(source, url('b'))];
    for (const feed of racers) await lease(feed, 'me');
    const moved = await Promise.all(racers.map((feed) => feeds.moveUrl(feed, 'me', url('target'))));
    expect(moved.sort()).toEqual([false, true]);
    expect((await feeds.list(source)).filter((f) => f.url === url('target'))).toHaveLength(1);
  });

  it('pauses, resumes and makes a feed due now only within its source (or any, for an operator)', async () => {
    const source = freshSource();
    const feed = await created(source, url('pause'));
    await expect(feeds.setPaused(feed.id, true, 'someone-else')).resolves.toBeNull();
    const paused = (await feeds.setPaused(feed.id, true, source))!;
    expect(paused.pausedAt).not.toBeNull();
    // Pausing twice keeps the first time it was paused.
    expect((await feeds.setPaused(feed.id, true, null))!.pausedAt).toBe(paused.pausedAt);
    await expect(feeds.pollNow(feed.id, source)).resolves.toBe('paused');
    await expect(feeds.pollNow(feed.id, 'someone-else')).resolves.toBeNull();
    expect((await feeds.setPaused(feed.id, false, null))!.pausedAt).toBeNull();
    const due = await feeds.pollNow(feed.id, null);
    expect(due).not.toBe('paused');
    const [{ now }] = (await dataSource.query('SELECT now() AS now')) as [{ now: Date }];
    expect(Date.parse((due as Feed).nextPollAt)).toBeLessThanOrEqual(now.getTime());
    expect((await feeds.listAll()).filter((f) => f.source === source).map((f) => f.id)).toEqual([feed.id]);
  });

  it('shows the backoff the scheduler chose after failures, and none after a success', async () => {
    const source = freshSource();
    const feed = await created(source, url('backoff'));
    await lease(feed, 'me');
    await feeds.finishPoll(feed.id, 'me', { status: 'error', nextPollSeconds: 240, failures: 2, published: 0 });
    expect((await feeds.find(source, feed.id))!.backoffSeconds).toBe(240);
    await lease(feed, 'me');
    await feeds.finishPoll(feed.id, 'me', { status: 'ok', nextPollSeconds: 3600, failures: 0, published: 0 });
    expect((await feeds.find(source, feed.id))!.backoffSeconds).toBeNull();
  });
});
