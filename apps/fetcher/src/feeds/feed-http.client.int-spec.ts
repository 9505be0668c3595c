import type { LookupAddress } from 'node:dns';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { FeedAddressGuard } from './feed-address.guard.js';
import { FeedHttpClient, type FetchResult } from './feed-http.client.js';

const LIMITS = { maxBodyBytes: 1024 * 1024, headerTimeoutMs: 300, totalTimeoutMs: 1_500, maxRedirects: 5 };
const BODY = '<rss version="2.0"><channel><title>Лента</title></channel></rss>';

describe('FeedHttpClient against a local server', () => {
  const requests: { path: string; headers: IncomingHttpHeaders }[] = [];
  /** Responses still streaming an endless body (a hostile server's redirect or error page). */
  const endless = new Set<ServerResponse>();
  const stream = (response: ServerResponse, status: number, headers: Record<string, string> = {}) => {
    response.writeHead(status, headers);
    const timer = setInterval(() => response.write(Buffer.alloc(64 * 1024)), 5);
    endless.add(response);
    response.on('close', () => {
      clearInterval(timer);
      endless.delete(response);
    });
  };
  let server: Server;
  let port = 0;
  // `.invalid` never resolves in real DNS (RFC 6761): reaching the server proves the checked address was used.
  const answers: Record<string, LookupAddress[]> = {
    'feed.invalid': [{ address: '127.0.0.1', family: 4 }],
    'private.invalid': [{ address: '10.1.1.1', family: 4 }],
  };
  const dns = (host: string): Promise<LookupAddress[]> =>
    host === 'hang.invalid' ? new Promise(() => undefined) : Promise.resolve(answers[host] ?? []);
  const client = (allowed = ['127.0.0.1']) => new FeedHttpClient(new FeedAddressGuard(allowed, dns), LIMITS);
  const at = (path: string, host = 'feed.invalid') => `http://${host}:${port}${path}`;

  beforeAll(async () => {
    server = createServer((request, response) => {
      const path = request.url ?? '';
      requests.push({ path, headers: request.headers });
      if (path === '/etag')
        return void (request.headers['if-none-match'] === '"e1"'
          ? response.writeHead(304).end()
          : response.writeHead(200, { etag: '"e1"', 'last-modified': 'Tue, 01 Dec 2026 06:00:00 GMT' }).end(BODY));
      if (path === '/gzip') return void response.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(BODY));
      if (path === '/br')
        return void response.writeHead(200, { 'content-encoding': 'br' }).end(brotliCompressSync(BODY));
      if (path === '/bomb')
        return void response
          .writeHead(200, { 'content-encoding': 'gzip' })
          .end(gzipSync(Buffer.alloc(4 * 1024 * 1024)));
      if (path === '/announced')
        return void response.writeHead(200, { 'content-length': String(50 * 1024 * 1024) }).write('<rss');
      if (path === '/silent') return;
      if (path === '/loop') return void response.writeHead(302, { location: '/loop' }).end();
      if (path === '/to-private')
        return void response.writeHead(301, { location: at('/etag', 'private.invalid') }).end();
      if (path === '/moved') return void response.writeHead(301, { location: '/moved-again' }).end();
      if (path === '/moved-again') return void response.writeHead(308, { location: '/etag' }).end();
      if (path === '/moved-then-temporary') return void response.writeHead(301, { location: '/temporary' }).end();
      if (path === '/temporary') return void response.writeHead(302, { location: '/etag' }).end();
      if (path === '/also-temporary') return void response.writeHead(307, { location: '/moved' }).end();
      if (path === '/busy') return void response.writeHead(503, { 'retry-after': '120' }).end();
      if (path === '/endless-redirect') return stream(response, 302, { location: '/etag' });
      if (path === '/endless-error') return stream(response, 500);
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('connects to the checked address, with the name as Host, and speaks conditional GET', async () => {
    const first = await client().fetch(at('/etag'), { etag: null, lastModified: null });
    expect(first).toMatchObject({
      kind: 'fetched',
      validators: { etag: '"e1"', lastModified: 'Tue, 01 Dec 2026 06:00:00 GMT' },
    });
    expect((first as Extract<FetchResult, { kind: 'fetched' }>).body.toString('utf8')).toBe(BODY);
    expect(requests.at(-1)!.headers.host).toBe(`feed.invalid:${port}`);
    const validators = (first as Extract<FetchResult, { kind: 'fetched' }>).validators;
    await expect(client().fetch(at('/etag'), validators)).resolves.toEqual({ kind: 'not-modified' });
    expect(requests.at(-1)!.headers).toMatchObject({
      'if-none-match': '"e1"',
      'if-modified-since': 'Tue, 01 Dec 2026 06:00:00 GMT',
    });
  });

  it('decompresses gzip and brotli, and cuts off a decompression bomb and an announced oversize body', async () => {
    for (const path of ['/gzip', '/br']) {
      const result = (await client().fetch(at(path), { etag: null, lastModified: null })) as Extract<
        FetchResult,
        { kind: 'fetched' }
      >;
      expect(result.body.toString('utf8')).toBe(BODY);
    }
    await expect(client().fetch(at('/bomb'), { etag: null, lastModified: null })).rejects.toMatchObject({
      code: 'FEED_TOO_LARGE',
    });
    await expect(client().fetch(at('/announced'), { etag: null, lastModified: null })).rejects.toMatchObject({
      code: 'FEED_TOO_LARGE',
    });
  });

  it('gives up on a server that sends no headers', async () => {
    await expect(client().fetch(at('/silent'), { etag: null, lastModified: null })).rejects.toMatchObject({
      code: 'FEED_TIMEOUT',
      message: expect.stringContaining('headers'),
    });
  });

  it('bounds a DNS lookup that never answers by the fetch deadline', async () => {
    await expect(client().fetch(at('/etag', 'hang.invalid'), { etag: null, lastModified: null })).rejects.toMatchObject(
      { code: 'FEED_TIMEOUT' },
    );
  });

  it('follows at most five redirects and checks every hop', async () => {
    const before = requests.filter((r) => r.path === '/loop').length;
    await expect(client().fetch(at('/loop'), { etag: null, lastModified: null })).rejects.toMatchObject({
      code: 'FEED_TOO_MANY_REDIRECTS',
    });
    expect(requests.filter((r) => r.path === '/loop').length - before).toBe(6);
    await expect(client().fetch(at('/to-private'), { etag: null, lastModified: null })).rejects.toMatchObject({
      code: 'FEED_ADDRESS_REFUSED',
      message: expect.stringContaining('10.1.1.1'),
    });
  });

  it('reports where a feed permanently moved: the end of the leading 301/308 run, also for a 304', async () => {
    const none = { etag: null, lastModified: null };
    expect(await client().fetch(at('/moved'), none)).toMatchObject({ kind: 'fetched', movedTo: at('/etag') });
    await expect(client().fetch(at('/moved'), { etag: '"e1"', lastModified: null })).resolves.toEqual({
      kind: 'not-modified',
      movedTo: at('/etag'),
    });
    expect(await client().fetch(at('/moved-then-temporary'), none)).toMatchObject({
      kind: 'fetched',
      movedTo: at('/temporary'),
    });
    for (const path of ['/etag', '/temporary', '/also-temporary'])
      expect(await client().fetch(at(path), none)).not.toHaveProperty('movedTo');
  });

  it('passes on Retry-After from a 503', async () => {
    await expect(client().fetch(at('/busy'), { etag: null, lastModified: null })).rejects.toMatchObject({
      code: 'FEED_HTTP_STATUS',
      retryAfterSeconds: 120,
    });
  });

  it('closes a redirect or error response whose body never ends, instead of reading it after the fetch', async () => {
    const none = { etag: null, lastModified: null };
    expect(await client().fetch(at('/endless-redirect'), none)).toMatchObject({ kind: 'fetched' });
    await expect(client().fetch(at('/endless-error'), none)).rejects.toMatchObject({ code: 'FEED_HTTP_STATUS' });
    const started = Date.now();
    while (endless.size > 0 && Date.now() - started < 2_000) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(endless.size).toBe(0);
  });

  it('refuses loopback when it is not allow-listed', async () => {
    await expect(client([]).fetch(at('/etag'), { etag: null, lastModified: null })).rejects.toMatchObject({
      code: 'FEED_ADDRESS_REFUSED',
    });
  });
});
