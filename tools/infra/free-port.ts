import { createServer, type AddressInfo } from 'node:net';

function bindAndRelease(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const bound = (server.address() as AddressInfo).port;
      server.close(() => resolve(bound));
    });
  });
}

/**
 * A TCP port nothing listens on right now on 127.0.0.1: `preferred` when it is free, otherwise one the OS
 * picks (by binding port 0). The port is released before returning, so a race with another process remains
 * possible; callers that start a server on it report the server's own error.
 */
export async function freePort(preferred = 0): Promise<number> {
  try {
    return await bindAndRelease(preferred);
  } catch (error) {
    if (preferred === 0) throw error;
    return bindAndRelease(0);
  }
}
