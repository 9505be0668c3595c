import { createServer } from 'node:net';

/** A port nothing listens on right now (bound and released), or `preferred` when that one is free. */
export async function freePort(preferred = 0): Promise<number> {
  const server = createServer();
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(preferred, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
  }).catch(() => (preferred === 0 ? Promise.reject(new Error('no free port')) : freePort(0)));
  await new Promise((resolve) => server.close(resolve));
  return port;
}
