import type { Duplex } from 'node:stream';
import { answerClientError } from './client-error.handler.js';

/** Records what the handler does to the connection; a real socket would need a real client. */
function fakeSocket(state: { destroyed?: boolean; writable?: boolean } = {}) {
  const socket = {
    destroyed: false,
    writable: true,
    ...state,
    writes: [] as string[],
    destroyedWith: undefined as unknown,
    write(chunk: string) {
      socket.writes.push(chunk);
    },
    destroy(error: unknown) {
      socket.destroyedWith = error;
    },
  };
  return { socket, duplex: socket as unknown as Duplex };
}

function errorWithCode(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code });
}

function written(socket: { writes: string[] }): { head: string; problem: Record<string, unknown> } {
  const [head = '', body = ''] = (socket.writes[0] ?? '').split('\r\n\r\n');
  return { head, problem: JSON.parse(body) as Record<string, unknown> };
}

describe('answerClientError', () => {
  it.each([
    ['HPE_HEADER_OVERFLOW', '431 Request Header Fields Too Large', 'HEADERS_TOO_LARGE'],
    ['HPE_INVALID_METHOD', '400 Bad Request', 'MALFORMED_REQUEST'],
    ['ERR_HTTP_REQUEST_TIMEOUT', '408 Request Timeout', 'REQUEST_TIMEOUT'],
  ])('answers %s with %s and a problem', (nodeCode, statusLine, code) => {
    const { socket, duplex } = fakeSocket();
    const error = errorWithCode(nodeCode);
    answerClientError(error, duplex);
    const { head, problem } = written(socket);
    expect(head.split('\r\n')).toEqual(
      expect.arrayContaining([`HTTP/1.1 ${statusLine}`, 'content-type: application/problem+json']),
    );
    expect(problem).toMatchObject({ status: Number(statusLine.slice(0, 3)), code });
    expect(socket.destroyedWith).toBe(error);
  });

  it('tells a client that was too slow when to try again', () => {
    const { socket, duplex } = fakeSocket();
    answerClientError(errorWithCode('ERR_HTTP_REQUEST_TIMEOUT'), duplex);
    expect(written(socket).head.split('\r\n')).toContain('retry-after: 5');
  });

  it('writes nothing to a reset or unwritable connection', () => {
    for (const [code, state] of [
      ['ECONNRESET', {}],
      ['HPE_INVALID_METHOD', { destroyed: true }],
      ['HPE_INVALID_METHOD', { writable: false }],
    ] as const) {
      const { socket, duplex } = fakeSocket(state);
      answerClientError(errorWithCode(code), duplex);
      expect(socket.writes).toEqual([]);
    }
  });
});
