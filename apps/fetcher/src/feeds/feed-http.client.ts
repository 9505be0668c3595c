import type { LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { pipeline, Transform, type Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { FeedAddressGuard } from './feed-address.guard.js';
import { FeedFetchError } from './feed-fetch.error.js';
import { retryAfterSeconds } from './feed-schedule.js';

/** Validators remembered from the last 200, sent back so an unchanged feed costs a 304. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

/**
 * What a fetch found. `movedTo` is where the feed has permanently moved: the URL reached through the leading
 * run of 301/308 redirects (a temporary redirect ends the run), present only when it differs from the URL asked.
 */
export type FetchResult = ({ kind: 'not-modified' } | { kind: 'fetched'; body: Buffer; validators: Validators }) & {
  movedTo?: string;
};

export interface FetchLimits {
  maxBodyBytes: number;
  headerTimeoutMs: number;
  totalTimeoutMs: number;
  maxRedirects: number;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const PERMANENT_REDIRECTS = new Set([301, 308]);
const DECODERS: Record<string, () => NodeJS.ReadWriteStream> = {
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

/** Connects to the address the guard checked, never to a second DNS answer (no DNS rebinding). */
function pinnedLookup(target: LookupAddress): LookupFunction {
  return ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) =>
    options?.all
      ? callback(null, [target])
      : callback(null, target.address, target.family)) as unknown as LookupFunction;
}

/** Passes at most `max` bytes: applied before decompression (a stream of empty blocks) and after it (a bomb). */
function byteLimit(max: number, what: string): Transform {
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      done(
        size > max ? new FeedFetchError('FEED_TOO_LARGE', `the feed is larger than ${max} bytes ${what}`) : null,
        chunk,
      );
    },
  });
}

/** `work`, or a rejection once `signal` aborts: a hanging DNS lookup must not outlive the fetch deadline. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(new Error('aborted'));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function headersFor(url: URL, validators: Validators, userAgent: string): Record<string, string> {
  const headers: Record<string, string> = {
    accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1',
    'accept-encoding': 'gzip, deflate, br',
    'user-agent': userAgent,
    host: url.host,
  };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  return headers;
}

/**
 * Fetches feeds under the SSRF rules and response limits: each hop of at most `maxRedirects` redirects is
 * checked again; headers must arrive within `headerTimeoutMs` and the whole exchange within `totalTimeoutMs`;
 * a body (after decompression) over `maxBodyBytes` is cut off.
 */
export class FeedHttpClient {
  constructor(
    private readonly guard: FeedAddressGuard,
    private readonly limits: FetchLimits,
    private readonly userAgent = 'news-pipeline-feed-poller/0.1',
  ) {}

  async fetch(rawUrl: string, validators: Validators): Promise<FetchResult> {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.limits.totalTimeoutMs);
    try {
      return await this.follow(this.guard.checkUrl(rawUrl), validators, abort.signal);
    } catch (error) {
      if (abort.signal.aborted)
        throw new FeedFetchError('FEED_TIMEOUT', `the feed did not finish within ${this.limits.totalTimeoutMs} ms`);
      if (error instanceof FeedFetchError) throw error;
      throw new FeedFetchError('FEED_CONNECT_FAILED', `fetching the feed failed: ${(error as Error).message}`);
    } finally {
      clearTimeout(timer);
    }
  }

  private async follow(start: URL, validators: Validators, signal: AbortSignal): Promise<FetchResult> {
    let url = start;
    let moved = start;
    let stillPermanent = true;
    for (let hop = 0; ; hop += 1) {
      const response = await this.send(url, validators, signal);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (REDIRECTS.has(status) && location) {
        // Closed, not drained: the deadline is cleared when fetch returns, and a hostile body may never end.
        response.destroy();
        if (hop >= this.limits.maxRedirects)
          throw new FeedFetchError('FEED_TOO_MANY_REDIRECTS', `more than ${this.limits.maxRedirects} redirects`);
        url = this.guard.checkUrl(new URL(location, url).href);
        stillPermanent &&= PERMANENT_REDIRECTS.has(status);
        if (stillPermanent) moved = url;
        continue;
      }
      // Reported only once the new address has answered, so it passed the address checks, DNS included.
      const movedTo = moved.href !== start.href ? { movedTo: moved.href } : {};
      if (status === 304) {
        response.destroy();
        return { kind: 'not-modified', ...movedTo };
      }
      if (status < 200 || status > 299) {
        response.destroy();
        const wait =
          status === 429 || status === 503 ? retryAfterSeconds(response.headers['retry-after'], new Date()) : undefined;
        throw new FeedFetchError('FEED_HTTP_STATUS', `the feed answered ${status}`, wait);
      }
      const body = await this.readBody(response);
      const header = (name: string) =>
        typeof response.headers[name] === 'string' ? (response.headers[name] as string) : null;
      return {
        kind: 'fetched',
        body,
        validators: { etag: header('etag'), lastModified: header('last-modified') },
        ...movedTo,
      };
    }
  }

  private async send(url: URL, validators: Validators, signal: AbortSignal): Promise<IncomingMessage> {
    const target = await untilAborted(this.guard.resolve(url), signal);
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const req = request(url, {
        method: 'GET',
        headers: headersFor(url, validators, this.userAgent),
        lookup: pinnedLookup(target),
        agent: false,
        signal,
      });
      const headerTimer = setTimeout(
        () =>
          req.destroy(
            new FeedFetchError('FEED_TIMEOUT', `no response headers within ${this.limits.headerTimeoutMs} ms`),
          ),
        this.limits.headerTimeoutMs,
      );
      req.once('response', (response) => {
        clearTimeout(headerTimer);
        resolve(response);
      });
      req.once('error', (error) => {
        clearTimeout(headerTimer);
        reject(error);
      });
      req.end();
    });
  }

  private async readBody(response: IncomingMessage): Promise<Buffer> {
    const max = this.limits.maxBodyBytes;
    if (Number(response.headers['content-length'] ?? 0) > max) {
      response.destroy();
      throw new FeedFetchError(
        'FEED_TOO_LARGE',
        `the feed announces ${response.headers['content-length']} bytes; the limit is ${max}`,
      );
    }
    const encoding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
    const decoder = DECODERS[encoding];
    if (!decoder && encoding !== 'identity') {
      response.destroy();
      throw new FeedFetchError('FEED_HTTP_STATUS', `unsupported content encoding ${encoding}`);
    }
    const raw = pipeline(response, byteLimit(max, 'as sent'), () => undefined);
    const stream: Readable = decoder ? pipeline(raw, decoder(), byteLimit(max, 'decompressed'), () => undefined) : raw;
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
}
