import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const ROOT = new URL('../../', import.meta.url).pathname;
/** Where browser tests leave their screenshots (git-ignored; the README's pictures are copied from here). */
export const SCREENSHOTS = join(ROOT, '.cache', 'screenshots');

/** The system's Chromium (`CHROMIUM_PATH`, or Debian's), which `.ci/run` installs where it is missing. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) throw new Error("no Chromium found: install Debian's chromium package or set CHROMIUM_PATH");
  return found;
}

/** Headless Chromium driven by Playwright; Playwright's own browser downloads are never used (offline here). */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // Root (as in CI) cannot use Chromium's sandbox; the pages loaded are the console's own.
  return chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}
