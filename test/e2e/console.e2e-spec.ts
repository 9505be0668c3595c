import { articleId as idOf } from '@app/contracts';
import type { INestApplication } from '@nestjs/common';
import pg from 'pg';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createConsoleApp } from '../../apps/console/src/console.app.js';
import { launchBrowser, SCREENSHOTS } from '../support/browser.js';
import {
  articleRows,
  authFor,
  freshNamespace,
  readAuth,
  startPipeline,
  testConfig,
  TEST_ADMIN_KEY,
  TEST_READ_KEY,
  type RunningPipeline,
} from '../support/pipeline.js';
import { messagesProcessed } from '../support/prometheus.js';
import { rawArticle, sendToRawTopic } from '../support/raw-article.fixture.js';
import { storedArticle, waitForStoredArticle } from '../support/read-api.js';
import { waitFor } from '../support/wait-for.js';

const run = Date.now().toString(36);

interface FeedJson {
  id: string;
  polls: number;
  lastErrorCode: string | null;
  backoffSeconds: number | null;
  pausedAt: string | null;
}
const admin = { authorization: `Bearer ${TEST_ADMIN_KEY}` };
const article = {
  source: 'e2e-tass',
  externalId: `console-${run}`,
  title: `Токаев и Минниханов обсудили КАМАЗ ${run}`,
  body: '<p>Президент Казахстана Касым-Жомарт Токаев встретился в Астане с Раисом Татарстана Рустамом Миннихановым.</p><p>Стороны обсудили поставки грузовиков КАМАЗ.</p>',
  publishedAt: new Date().toISOString(),
  lang: 'ru',
};

describe('the web console in a real browser (real Kafka, PostgreSQL and Chromium)', () => {
  let pipeline: RunningPipeline;
  let consoleApp: INestApplication;
  let consoleUrl: string;
  let browser: Browser;
  let page: Page;
  let articleId: string;

  beforeAll(async () => {
    pipeline = await startPipeline({ KAFKA_NAMESPACE: freshNamespace('e2e-console') });
    consoleApp = await createConsoleApp(
      testConfig({
        KAFKA_NAMESPACE: pipeline.config.kafka.namespace,
        CONSOLE_FETCHER_URL: pipeline.fetcher,
        CONSOLE_PROCESSOR_URL: pipeline.processor,
        CONSOLE_STORE_URL: pipeline.store,
      }),
    );
    await consoleApp.listen(0, '127.0.0.1');
    consoleUrl = (await consoleApp.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await consoleApp?.close();
    await pipeline?.close();
  }, 60_000);

  /** Messages the store has handled from the enriched topic, by its own metrics. */

  const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `console-${name}.png`), fullPage: true });

  it('shows an article posted at the intake on the latest page without a reload', async () => {
    await page.goto(`${consoleUrl}/ui/#/`);
    // Without a key the store refuses, and the page says so.
    await page.getByRole('alert').filter({ hasText: 'read API key' }).waitFor();
    await page.getByLabel('Read key').fill(TEST_READ_KEY);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: /Latest/ }).waitFor();
    const response = await fetch(`${pipeline.fetcher}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authFor('e2e-tass') },
      body: JSON.stringify(article),
    });
    expect(response.status).toBe(202);
    articleId = ((await response.json()) as { id: string }).id;
    const row = page.locator('li.article', { hasText: article.title });
    await row.waitFor({ timeout: 60_000 });
    await row.locator('.chip').first().waitFor();
    expect(await row.locator('.source').textContent()).toBe('e2e-tass');
    await shot('latest');
  }, 90_000);

  it('highlights every entity mention on the article page, typed, with its canonical name on hover', async () => {
    await page.locator('li.article a.title', { hasText: article.title }).click();
    await page.getByRole('heading', { name: article.title }).waitFor();
    expect(page.url()).toContain(`#/articles/${articleId}`);
    const api = (await (await fetch(`${pipeline.store}/v1/articles/${articleId}`, { headers: readAuth() })).json()) as {
      entities: { type: string; name: string; mentions: unknown[] }[];
    };
    const mentions = page.locator('.body a.mention');
    expect(await mentions.count()).toBe(api.entities.reduce((n, e) => n + e.mentions.length, 0));
    const person = api.entities.find((e) => e.type === 'PER')!;
    const marked = page.locator('.body a.mention.PER', { hasText: /Токаев/ }).first();
    expect(await marked.getAttribute('title')).toBe(`${person.name} (PER)`);
    await shot('article');
  });

  it('opens the entity page from a mention, with its chart of articles per day', async () => {
    await page.locator('.body a.mention.PER').first().click();
    await page.locator('figure.chart svg rect').first().waitFor();
    expect(await page.locator('figure.chart svg rect').count()).toBeGreaterThanOrEqual(1);
    await page.locator('a', { hasText: article.title }).first().waitFor();
    await shot('entity');
  });

  it("lists an entity's names in both scripts on its page once an English story mentions it", async () => {
    const english = {
      source: 'e2e-tass',
      externalId: `console-en-${run}`,
      title: `Tokayev visits Kazan ${run}`,
      body: '<p>Kazakh President Kassym-Jomart Tokayev met Russian President Vladimir Putin in Moscow.</p>',
      publishedAt: new Date().toISOString(),
      lang: 'en',
    };
    const response = await fetch(`${pipeline.fetcher}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authFor('e2e-tass') },
      body: JSON.stringify(english),
    });
    expect(response.status).toBe(202);
    const englishId = ((await response.json()) as { id: string }).id;
    type Stored = { entities: { key: string; type: string; name: string }[] };
    const entitiesOf = async (id: string) => (await storedArticle<Stored>(pipeline.store, id))?.entities;
    const tokayev = (await entitiesOf(articleId))!.find((e) => e.type === 'PER' && /Токаев/.test(e.name))!;
    // One key for both scripts: the English article links the entity the Russian one made.
    await waitFor(
      async () => ((await entitiesOf(englishId))?.some((e) => e.key === tokayev.key) ? true : undefined),
      "the English article stored, linked to the Russian article's Tokayev",
      60_000,
    );
    // The page may already show this entity from the test before, read before the English article came.
    await page.goto(`${consoleUrl}/ui/#/entities/${tokayev.key}`);
    await page.reload();
    await page.locator('dl.aliases').waitFor();
    expect(await page.locator('dl.aliases dd[lang="ru"]').textContent()).toContain('Токаев');
    expect(await page.locator('dl.aliases dd[lang="en"]').textContent()).toContain('Tokayev');
  }, 90_000);

  it('flags a source that has gone quiet, stale ones first', async () => {
    await page.getByRole('link', { name: 'Sources', exact: true }).click();
    const quiet = page.locator('tr[data-source="e2e-down"]');
    await quiet.waitFor();
    expect(await quiet.getAttribute('class')).toBe('stale');
    const fresh = page.locator('tr[data-source="e2e-tass"]');
    expect(await fresh.getAttribute('class')).toBe('');
    const order = await page
      .locator('table.sources tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('class')));
    expect(order.indexOf('')).toBeGreaterThan(order.lastIndexOf('stale'));
    await shot('sources');
  });

  /** Registers a feed of e2e-feeds (no other spec's feeds) at an address that never resolves, so each poll fails and backs off. */
  async function unreachableFeed(name: string): Promise<FeedJson> {
    const response = await fetch(`${pipeline.fetcher}/v1/feeds`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authFor('e2e-feeds') },
      body: JSON.stringify({ url: `https://${name}-${run}.invalid/rss.xml`, source: 'e2e-feeds' }),
    });
    expect(response.status).toBe(201);
    return (await response.json()) as FeedJson;
  }

  const feedNow = async (id: string) =>
    (await (await fetch(`${pipeline.fetcher}/v1/feeds/${id}`, { headers: authFor('e2e-feeds') })).json()) as FeedJson;

  it("shows each feed's polls, error and backoff; an admin pauses it, resumes it and polls it now", async () => {
    const feed = await unreachableFeed('console-feed');
    const row = page.locator(`tr[data-feed="${feed.id}"]`);
    // Registered feeds are due at once; the first poll fails (the host never resolves) and backs off.
    await row.locator('td.error-text code').waitFor({ timeout: 30_000 });
    const failed = await feedNow(feed.id);
    expect(failed.lastErrorCode).not.toBeNull();
    expect(failed.backoffSeconds).toBeGreaterThan(0);
    expect(await row.locator('.badge').textContent()).toBe('failing');

    // A read key sees the feed but may not act on it.
    await row.getByRole('button', { name: 'Pause' }).click();
    await row.getByRole('status').filter({ hasText: 'admin scope' }).waitFor();
    expect((await feedNow(feed.id)).pausedAt).toBeNull();

    await page.getByLabel('Read key').fill(TEST_ADMIN_KEY);
    await page.getByRole('button', { name: 'Save' }).click();
    await row.getByRole('button', { name: 'Pause' }).click();
    await row.locator('.badge.paused').waitFor();
    expect((await feedNow(feed.id)).pausedAt).not.toBeNull();
    expect(await row.getByRole('button', { name: 'Poll now' }).count()).toBe(0);
    await shot('sources');

    await row.getByRole('button', { name: 'Resume' }).click();
    await row.getByRole('button', { name: 'Poll now' }).waitFor();
    const before = (await feedNow(feed.id)).polls;
    await row.getByRole('button', { name: 'Poll now' }).click();
    // Due now, so a scheduler tick polls it long before its backoff of a minute or more has run out.
    await waitFor(
      async () => (Number(await row.locator('td.polls').textContent()) > before ? true : undefined),
      'the feed polled again on the page',
      30_000,
    );
    await page.getByLabel('Read key').fill(TEST_READ_KEY);
    await page.getByRole('button', { name: 'Save' }).click();
  }, 120_000);

  it('never polls a paused feed, and refuses to poll it now', async () => {
    const paused = await unreachableFeed('paused');
    const control = await unreachableFeed('control');
    const operator = (id: string, action: string) =>
      fetch(`${pipeline.fetcher}/v1/operator/feeds/${id}/${action}`, { method: 'POST', headers: admin });
    expect((await operator(paused.id, 'pause')).status).toBe(200);
    const refused = await operator(paused.id, 'poll');
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ code: 'FEED_PAUSED' });
    // Both due, the paused one first: a scheduler that ignored the pause would claim it before the control.
    const db = new pg.Client({ connectionString: pipeline.config.database.url });
    await db.connect();
    try {
      await db.query(`UPDATE feeds SET next_poll_at = now() - interval '1 minute' WHERE id = $1`, [paused.id]);
      await db.query(`UPDATE feeds SET next_poll_at = now() WHERE id = $1`, [control.id]);
    } finally {
      await db.end();
    }
    const pausedPolls = (await feedNow(paused.id)).polls;
    const controlPolls = (await feedNow(control.id)).polls;
    await waitFor(
      async () => ((await feedNow(control.id)).polls > controlPolls ? true : undefined),
      'the control feed polled',
      30_000,
    );
    expect((await feedNow(paused.id)).polls).toBe(pausedPolls);
    // The source's own key acts on its feed too; another source's key finds no such feed.
    const own = (action: string, source: 'e2e-feeds' | 'e2e-tass') =>
      fetch(`${pipeline.fetcher}/v1/feeds/${paused.id}/${action}`, { method: 'POST', headers: authFor(source) });
    expect((await own('resume', 'e2e-tass')).status).toBe(404);
    const resumed = await own('resume', 'e2e-feeds');
    expect(resumed.status).toBe(200);
    expect(((await resumed.json()) as FeedJson).pausedAt).toBeNull();
    // A read key may list every feed but not act on one.
    const listed = (await (await fetch(`${pipeline.fetcher}/v1/operator/feeds`, { headers: readAuth() })).json()) as {
      feeds: FeedJson[];
    };
    expect(listed.feeds.map((f) => f.id)).toEqual(expect.arrayContaining([paused.id, control.id]));
    const reader = await fetch(`${consoleUrl}/api/feeds/${paused.id}/pause`, { method: 'POST', headers: readAuth() });
    expect(reader.status).toBe(403);
    expect(
      (await fetch(`${consoleUrl}/api/feeds/${paused.id}/delete`, { method: 'POST', headers: admin })).status,
    ).toBe(404);
  }, 90_000);

  it('shows each stage ready with its throughput on the pipeline page', async () => {
    await page.getByRole('link', { name: 'Pipeline', exact: true }).click();
    for (const service of ['fetcher', 'processor', 'store']) {
      await page.locator(`tr[data-service="${service}"] .badge.ok`).waitFor({ timeout: 20_000 });
    }
    await shot('pipeline');
  });

  it('switches the interface to Russian and keeps the article text as written', async () => {
    await page.getByRole('button', { name: 'Русский' }).click();
    await page.getByRole('link', { name: 'Последние', exact: true }).click();
    await page.locator('li.article', { hasText: article.title }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
  });

  it("fits a phone's width on every page: nothing scrolls sideways but the wide tables' own boxes", async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    try {
      await phone.goto(`${consoleUrl}/ui/#/`);
      await phone.evaluate((key) => localStorage.setItem('readKey', key), TEST_READ_KEY);
      for (const [hash, ready] of [
        ['#/', 'li.article .chip'],
        [`#/articles/${articleId}`, '.body a.mention'],
        ['#/sources', 'table.feeds'],
        ['#/pipeline', 'tr[data-service="store"]'],
      ] as const) {
        await phone.goto(`${consoleUrl}/ui/${hash}`);
        await phone.reload();
        await phone.locator(ready).first().waitFor();
        const overflow = await phone.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
        expect({ hash, overflow }).toEqual({ hash, overflow: 0 });
      }
      await phone.goto(`${consoleUrl}/ui/#/articles/${articleId}`);
      await phone.reload();
      await phone.locator('.body a.mention').first().waitFor();
      await phone.screenshot({ path: join(SCREENSHOTS, 'console-phone.png'), fullPage: true });
    } finally {
      await phone.close();
    }
  }, 60_000);

  it('re-drives a dead letter, fixed by an operator, and the article is stored exactly once', async () => {
    const externalId = `console-poison-${run}`;
    const id = idOf('e2e-tass', externalId);
    const now = new Date().toISOString();
    const fixed = rawArticle('e2e-tass', externalId, {
      title: `Исправленная статья ${run}`,
      publishedAt: now,
      receivedAt: now,
      metadata: {
        subjects: [{ code: 'medtop:11000000', name: 'политика' }],
        urgency: 3,
        byline: 'Анна Петрова',
        media: [{ href: 'https://media.invalid/photo.jpg', kind: 'picture', caption: 'Встреча в Астане' }],
      },
    });
    await sendToRawTopic(pipeline, 'console-e2e', [
      { key: id, value: JSON.stringify({ ...fixed, publishedAt: 'вчера' }) },
    ]);

    await waitFor(
      async () => {
        const body = (await (await fetch(`${consoleUrl}/api/dead-letters?topic=raw`, { headers: admin })).json()) as {
          letters: { key: string }[];
        };
        return body.letters.some((l) => l.key === id) ? true : undefined;
      },
      'the letter on the console',
      60_000,
    );
    await page.goto(`${consoleUrl}/ui/#/dead-letters/raw`);
    // A read key may not see dead letters; an admin key may.
    await page
      .getByRole('alert')
      .filter({ hasText: /admin scope|read API key/ })
      .waitFor();
    await page.getByLabel('Read key').fill(TEST_ADMIN_KEY);
    await page.getByRole('button', { name: 'Save' }).click();
    const letter = page.locator('li.letter', { hasText: 'publishedAt' }).filter({ hasText: id });
    await letter.waitFor({ timeout: 60_000 });
    expect(await letter.locator('.badge').first().textContent()).toBe('CONTRACT_VIOLATION');
    await letter.locator('summary').click();
    await letter.locator('textarea').fill(JSON.stringify(fixed));
    await shot('dead-letters');
    await letter.getByRole('button', { name: 'Re-drive' }).click();
    expect(await letter.getByRole('status').textContent()).toBe('re-driven');
    const [partition, offset] = (await letter.getAttribute('data-offset'))!.split(':');

    const stored = await waitForStoredArticle<{ title: string }>(pipeline.store, id);
    expect(stored.title).toBe(fixed.title);

    // The agency's metadata on the article page; its subject opens the latest page filtered by it.
    await page.goto(`${consoleUrl}/ui/#/articles/${id}`);
    const metadata = page.locator('section.metadata');
    await metadata.getByText('Анна Петрова').waitFor();
    expect(await metadata.locator('img').getAttribute('alt')).toBe('Встреча в Астане');
    await metadata.getByRole('link', { name: 'политика' }).click();
    await page.locator('li.article', { hasText: fixed.title }).waitFor();
    expect(page.url()).toContain('subject=medtop');
    // The article posted first has no subject, so the filtered list leaves it out.
    expect(await page.locator('li.article', { hasText: article.title }).count()).toBe(0);

    // A second re-drive of the same fixed letter is harmless: writes are idempotent by article id.
    const storedSoFar = await messagesProcessed(pipeline.store);
    const again = await fetch(`${consoleUrl}/api/dead-letters/redrive`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...admin },
      body: JSON.stringify({ topic: 'raw', partition: Number(partition), offset, value: JSON.stringify(fixed) }),
    });
    expect(again.status).toBe(200);
    await waitFor(
      async () => ((await messagesProcessed(pipeline.store)) > storedSoFar ? true : undefined),
      'the store to handle it',
    );
    expect(await articleRows(pipeline, id)).toBe(1);
  }, 120_000);

  it('serves only its own files, and admin routes only to admin keys', async () => {
    for (const path of ['/ui/..%2Fpackage.json', '/ui/vendor/..%2F..%2Fpackage.json', '/ui/nope.txt']) {
      const response = await fetch(`${consoleUrl}${path}`);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
    const anonymous = await fetch(`${consoleUrl}/api/dead-letters?topic=raw`);
    expect(anonymous.status).toBe(401);
    const reader = await fetch(`${consoleUrl}/api/dead-letters?topic=raw`, { headers: readAuth() });
    expect(reader.status).toBe(403);
    const hole = await fetch(`${consoleUrl}/api/store/health/ready`);
    expect(hole.status).toBe(404);
    const proxied = await fetch(`${consoleUrl}/api/store/v1/articles/${articleId}`, { headers: readAuth() });
    expect(proxied.status).toBe(200);
    expect((await fetch(`${consoleUrl}/api/store/v1/articles/${articleId}`)).status).toBe(401);
  }, 30_000);
});
