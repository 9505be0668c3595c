import { loadConfig } from '@app/config';
import { ObservabilityModule } from '@app/observability';
import { Body, Controller, Get, Module, Param, Post } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { connect } from 'node:net';
import { createHttpApp } from './create-http-app.js';

@Controller('things')
class ThingController {
  @Get(':id')
  find(@Param('id') id: string): { id: string } {
    return { id };
  }

  @Post()
  create(@Body() body: unknown): unknown {
    return body;
  }
}

@Module({ imports: [ObservabilityModule.forRoot('refusals')], controllers: [ThingController] })
class ThingModule {}

interface RawAnswer {
  status: number;
  contentType: string;
  body: string;
}

/**
 * Writes `request` to the socket byte for byte and reads until the server closes. `fetch` would normalise
 * the URL and refuse to send some of these requests at all; Node's HTTP parser must see them as written.
 */
function sendRaw(port: number, request: string): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(request));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    // The server destroys a refused connection right after its answer, which may reset it while the client
    // still writes; the answer is judged by what arrived (nothing at all reads as status 0).
    socket.on('error', () => undefined);
    socket.on('close', () => {
      // An interim 100 Continue comes before the answer.
      const text = Buffer.concat(chunks)
        .toString('utf8')
        .replace(/^HTTP\/1\.1 100 [^]*?\r\n\r\n/, '');
      const [head = '', body = ''] = text.split('\r\n\r\n', 2);
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
      const contentType = /^content-type: *(.*)$/im.exec(head)?.[1]?.trim() ?? '';
      resolve({ status, contentType, body });
    });
  });
}

function request(method: string, path: string, headers: Record<string, string> = {}, body = ''): string {
  const lines = Object.entries({
    host: 'localhost',
    connection: 'close',
    'content-length': String(Buffer.byteLength(body)),
    ...headers,
  }).map(([k, v]) => `${k}: ${v}`);
  return `${method} ${path} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n${body}`;
}

describe('refusals made by Fastify and Node before the application runs are problem+json', () => {
  let app: NestFastifyApplication;
  let port: number;

  beforeAll(async () => {
    app = await createHttpApp({ module: ThingModule }, loadConfig({ LOG_LEVEL: 'error' }), {
      service: 'store',
      bodyLimitBytes: 1024,
    });
    await app.listen(0, '127.0.0.1');
    port = (app.getHttpServer().address() as { port: number }).port;
  });

  afterAll(async () => {
    await app?.close();
  });

  const json = { 'content-type': 'application/json' };
  const cases: [string, string, number, string][] = [
    ['bad percent-encoding in a path', request('GET', '/things/%E0%A4%A'), 400, 'MALFORMED_URL'],
    ['a path parameter longer than maxParamLength', request('GET', `/things/${'x'.repeat(500)}`), 414, 'URI_TOO_LONG'],
    [
      'headers larger than Node allows',
      request('GET', '/things/1', { 'x-padding': 'x'.repeat(20_000) }),
      431,
      'HEADERS_TOO_LARGE',
    ],
    [
      'a request line larger than Node allows',
      request('GET', `/things/1?q=${'x'.repeat(20_000)}`),
      431,
      'HEADERS_TOO_LARGE',
    ],
    ['a request Node cannot parse', 'NOT HTTP AT ALL\r\n\r\n', 400, 'MALFORMED_REQUEST'],
    [
      'an HTTP/1.1 request without Host',
      'GET /things/1 HTTP/1.1\r\nconnection: close\r\n\r\n',
      400,
      'MALFORMED_REQUEST',
    ],
    [
      'an expectation other than 100-continue',
      request('GET', '/things/1', { expect: 'teapot' }),
      417,
      'EXPECTATION_FAILED',
    ],
    ['a malformed JSON body', request('POST', '/things', json, '{"a":'), 400, 'MALFORMED_BODY'],
    ['an empty JSON body', request('POST', '/things', json), 400, 'MALFORMED_BODY'],
    ['a JSON body with __proto__', request('POST', '/things', json, '{"__proto__":{"x":1}}'), 400, 'MALFORMED_BODY'],
    [
      'a body over the limit',
      request('POST', '/things', json, `{"a":"${'x'.repeat(2_000)}"}`),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    [
      'an unsupported content type',
      request('POST', '/things', { 'content-type': 'application/x-unknown' }, 'abc'),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    ['an unknown route', request('GET', '/nowhere'), 404, 'ROUTE_NOT_FOUND'],
    ['a method the route does not have', request('DELETE', '/things/1'), 404, 'ROUTE_NOT_FOUND'],
  ];

  it.each(cases)('answers %s', async (_name, raw, status, code) => {
    const answer = await sendRaw(port, raw);
    expect({ status: answer.status, contentType: answer.contentType }).toEqual({
      status,
      contentType: expect.stringMatching(/^application\/problem\+json/),
    });
    expect(JSON.parse(answer.body)).toMatchObject({ status, code });
  });

  it('still answers what HTTP allows: HTTP/1.0 without Host, and Expect: 100-continue', async () => {
    expect(await sendRaw(port, 'GET /things/1 HTTP/1.0\r\n\r\n')).toMatchObject({ status: 200, body: '{"id":"1"}' });
    expect(await sendRaw(port, request('GET', '/things/1', { expect: '100-continue' }))).toMatchObject({
      status: 200,
      body: '{"id":"1"}',
    });
  });
});

describe('a client too slow to send its request is answered 408 at HTTP_REQUEST_TIMEOUT_MS', () => {
  const DEADLINE_MS = 1_000;
  let app: NestFastifyApplication;
  let port: number;

  beforeAll(async () => {
    const config = loadConfig({ LOG_LEVEL: 'error', HTTP_REQUEST_TIMEOUT_MS: String(DEADLINE_MS) });
    app = await createHttpApp({ module: ThingModule }, config, { service: 'store' });
    await app.listen(0, '127.0.0.1');
    port = (app.getHttpServer().address() as { port: number }).port;
  });

  afterAll(async () => {
    await app?.close();
  });

  /** Writes the parts `pauseMs` apart without ever ending the request; resolves with the answer and when it came. */
  function trickle(parts: string[], pauseMs: number): Promise<RawAnswer & { afterMs: number }> {
    return new Promise((resolve) => {
      const began = Date.now();
      const chunks: Buffer[] = [];
      const socket = connect(port, '127.0.0.1');
      const timers = parts.map((part, i) => setTimeout(() => socket.writable && socket.write(part), i * pauseMs));
      // A server that never cuts the client off would hold the socket for ever: give up (status 0) well after the deadline.
      timers.push(setTimeout(() => socket.destroy(), DEADLINE_MS * 5));
      socket.on('data', (chunk: Buffer) => chunks.push(chunk));
      socket.on('error', () => undefined);
      socket.on('close', () => {
        timers.forEach(clearTimeout);
        const [head = '', body = ''] = Buffer.concat(chunks).toString('utf8').split('\r\n\r\n', 2);
        resolve({
          status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0),
          contentType: /^content-type: *(.*)$/im.exec(head)?.[1]?.trim() ?? '',
          body,
          afterMs: Date.now() - began,
        });
      });
    });
  }

  it.each([
    ['headers that never end', ['GET /things/1 HTTP/1.1\r\nhost: localhost\r\n', 'x-slow: 1\r\n']],
    [
      'a body that stops short of its Content-Length',
      [
        'POST /things HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n',
        '{"a":',
        '"b"',
      ],
    ],
  ])('answers %s with 408 REQUEST_TIMEOUT once the deadline has passed', async (_name, parts) => {
    const write = process.stdout.write;
    const errorLines: string[] = [];
    process.stdout.write = ((line: string | Uint8Array, ...rest: never[]) => {
      if (String(line).includes('"level":"error"')) errorLines.push(String(line));
      return write.call(process.stdout, line, ...rest);
    }) as typeof process.stdout.write;
    const answer = await trickle(parts, 200).finally(() => (process.stdout.write = write));
    // The cut-off body is the client's doing, not an error of the service (Fastify's parser sees it aborted).
    expect(errorLines).toEqual([]);
    expect({ status: answer.status, contentType: answer.contentType }).toEqual({
      status: 408,
      contentType: 'application/problem+json',
    });
    expect(JSON.parse(answer.body)).toMatchObject({ status: 408, code: 'REQUEST_TIMEOUT' });
    // Not before the deadline; and not long after it, or `trickle` would have given up (Node looks for overdue
    // requests every deadline / 4 here, every 30 s by default).
    expect(answer.afterMs).toBeGreaterThanOrEqual(DEADLINE_MS - 50);
  });

  it('lets a slow request that completes within the deadline through', async () => {
    const body = '{"a":"b"}';
    const answer = await trickle(
      [
        'POST /things HTTP/1.1\r\nhost: localhost\r\nconnection: close\r\ncontent-type: application/json\r\n',
        `content-length: ${body.length}\r\n\r\n`,
        body,
      ],
      300,
    );
    expect({ status: answer.status, body: answer.body }).toEqual({ status: 201, body });
  });
});
