import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { freePort } from '../../tools/infra/index.js';
import { freshNamespace, TEST_READ_KEY } from '../support/pipeline.js';
import { waitForStoredArticle } from '../support/read-api.js';
import { waitFor } from '../support/wait-for.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const START = `${ROOT}dist/tools/start.js`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function childrenOf(pid: number): number[] {
  const out = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' }).trim();
  return out === '' ? [] : out.split(/\s+/).map(Number);
}

/**
 * `npm start` on the test broker and database: a service killed with SIGKILL is restarted with a loud line and
 * articles flow again; Ctrl-C then stops everything, leaving no process behind.
 */
describe('npm start supervises its services', () => {
  const output: string[] = [];
  let start: ChildProcess;
  let urls: { fetcher: string; store: string };

  const line = (pattern: RegExp, what: string): Promise<RegExpMatchArray> =>
    waitFor(async () => output.map((l) => pattern.exec(l)).find(Boolean) ?? undefined, what, 150_000);

  beforeAll(async () => {
    if (!existsSync(START)) throw new Error(`${START} is missing: run the tests with npm test, which builds first`);
    const ports = {
      fetcher: await freePort(),
      processor: await freePort(),
      store: await freePort(),
      console: await freePort(),
    };
    urls = { fetcher: `http://127.0.0.1:${ports.fetcher}`, store: `http://127.0.0.1:${ports.store}` };
    const env = {
      ...process.env,
      KAFKA_NAMESPACE: freshNamespace('e2e-start'),
      HTTP_HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      FETCHER_PORT: String(ports.fetcher),
      PROCESSOR_PORT: String(ports.processor),
      STORE_PORT: String(ports.store),
      CONSOLE_PORT: String(ports.console),
      READ_API_KEYS: `e2e=${TEST_READ_KEY}`,
    };
    start = spawn(process.execPath, [START], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [start.stdout!, start.stderr!])
      createInterface({ input: stream }).on('line', (l) => output.push(l.replace(/\x1b\[[0-9;]*m/g, '')));
    await line(/stored after \d+ ms/, 'the sample article stored');
  }, 180_000);

  afterAll(() => {
    if (start.exitCode === null) start.kill('SIGKILL');
  });

  it('restarts a killed processor loudly, articles flow again, and Ctrl-C leaves nothing running', async () => {
    const [, pid] = await line(/processor ready \(pid (\d+)\)/, 'the processor pid');
    const [, key] = await line(/KEY=(\S+)/, 'the demo key');
    process.kill(Number(pid), 'SIGKILL');
    await line(/!!! processor exited unexpectedly \(SIGKILL\)/, 'the loud crash line');
    await line(/!!! processor restarted/, 'the restart');

    const article = {
      source: 'demo-wire',
      externalId: randomUUID(),
      title: 'После перезапуска',
      body: 'Текст новости после перезапуска обработчика.',
      publishedAt: '2026-11-25T10:00:00+03:00',
      lang: 'ru',
    };
    const posted = await fetch(`${urls.fetcher}/v1/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify(article),
    });
    expect(posted.status).toBe(202);
    const { id } = (await posted.json()) as { id: string };
    await waitForStoredArticle(urls.store, id);

    const children = childrenOf(start.pid!);
    // The three services and the console.
    expect(children).toHaveLength(4);
    const exited = new Promise<number | null>((resolve) => start.once('exit', resolve));
    start.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(children.filter(alive)).toEqual([]);
  }, 240_000);
});
