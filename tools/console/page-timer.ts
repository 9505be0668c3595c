import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page, type Response } from 'playwright-core';

/** A console page to time: its address under `/ui/` and what shows that its data has been rendered. */
export interface TimedPage {
  name: string;
  hash: string;
  /** Evaluated in the page; true once the data the page exists for is on screen. */
  rendered: string;
}

export interface PageTiming {
  name: string;
  runs: number[];
  medianMs: number;
}

/** The system's Chromium (`CHROMIUM_PATH`, or Debian's); Playwright's own downloads are never used. */
function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) throw new Error('no Chromium found: run tools/setup/chromium.sh or set CHROMIUM_PATH');
  return found;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * One full load of the page: from a blank tab (so a hash route is a real navigation, not an in-page one) to
 * the moment its data is rendered, in milliseconds.
 */
async function loadOnce(page: Page, base: string, target: TimedPage): Promise<number> {
  await page.goto('about:blank');
  const failures: string[] = [];
  const onResponse = (r: Response) => void (r.status() >= 400 && failures.push(`${r.status()} ${r.url()}`));
  page.on('response', onResponse);
  const started = performance.now();
  await page.goto(`${base}/ui/${target.hash}`);
  try {
    await page.waitForFunction(target.rendered, undefined, { timeout: 30_000, polling: 'raf' });
  } catch (error) {
    const shown = (
      await page
        .locator('main')
        .textContent()
        .catch(() => null)
    )?.slice(0, 500);
    const failed = failures.slice(0, 5).join(' | ');
    throw new Error(`${target.name} (${target.hash}) did not render in 30 s; it shows: ${shown}; failed: ${failed}`, {
      cause: error,
    });
  } finally {
    page.off('response', onResponse);
  }
  return performance.now() - started;
}

/**
 * Times each page `runs` times (after one warm-up load, which fills the browser's and the database's caches
 * as an operator's second visit would find them) in a fresh headless Chromium, with `key` as the read key.
 */
export async function timePages(
  base: string,
  key: string,
  pages: readonly TimedPage[],
  runs: number,
): Promise<PageTiming[]> {
  const browser: Browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    await context.addInitScript((readKey: string) => {
      localStorage.setItem('readKey', readKey);
      localStorage.setItem('locale', 'en');
    }, key);
    const page = await context.newPage();
    const timings: PageTiming[] = [];
    for (const target of pages) {
      await loadOnce(page, base, target);
      const times: number[] = [];
      for (let run = 0; run < runs; run += 1) times.push(await loadOnce(page, base, target));
      timings.push({ name: target.name, runs: times, medianMs: median(times) });
    }
    return timings;
  } finally {
    await browser.close();
  }
}
