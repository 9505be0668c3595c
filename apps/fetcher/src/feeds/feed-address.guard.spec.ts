import type { LookupAddress } from 'node:dns';
import { FeedAddressGuard } from './feed-address.guard.js';

const resolvesTo =
  (table: Record<string, LookupAddress[]>) =>
  async (host: string): Promise<LookupAddress[]> => {
    const addresses = table[host];
    if (!addresses) throw new Error(`ENOTFOUND ${host}`);
    return addresses;
  };

const v4 = (address: string): LookupAddress => ({ address, family: 4 });

describe('FeedAddressGuard.checkUrl', () => {
  const guard = new FeedAddressGuard([]);

  it.each([
    'http://2130706433/feed',
    'http://0177.0.0.1/feed',
    'http://0x7f.1/feed',
    'http://127.1/',
    'http://0/',
    'http://0.0.0.0/',
    'http://[::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://169.254.169.254/latest/meta-data/',
    'http://[fd00:ec2::254]/',
    'http://10.0.0.5:8080/rss',
    'http://localhost/rss',
    'http://feeds.localhost/rss',
  ])('refuses %s', (url) => {
    expect(() => guard.checkUrl(url)).toThrow(expect.objectContaining({ code: 'FEED_ADDRESS_REFUSED' }));
  });

  it.each([
    'file:///etc/passwd',
    'ftp://example.com/feed',
    'gopher://example.com/',
    'http://user:pw@example.com/feed',
    'not a url',
    '/relative',
  ])('refuses %s as invalid', (url) => {
    expect(() => guard.checkUrl(url)).toThrow(expect.objectContaining({ code: 'FEED_URL_INVALID' }));
  });

  it('accepts a public host name and normalises the URL', () => {
    expect(guard.checkUrl('HTTPS://Example.COM/rss?x=1').href).toBe('https://example.com/rss?x=1');
  });

  it('lets allow-listed hosts through', () => {
    const allowing = new FeedAddressGuard(['127.0.0.1', 'localhost']);
    expect(allowing.checkUrl('http://127.0.0.1:8080/rss').hostname).toBe('127.0.0.1');
    expect(allowing.checkUrl('http://localhost:8080/rss').hostname).toBe('localhost');
    expect(() => allowing.checkUrl('http://127.0.0.2/rss')).toThrow(
      expect.objectContaining({ code: 'FEED_ADDRESS_REFUSED' }),
    );
  });
});

describe('FeedAddressGuard.resolve', () => {
  const dns = resolvesTo({
    'public.example': [v4('93.184.215.14')],
    'rebind.example': [v4('93.184.215.14'), v4('127.0.0.1')],
    'metadata.example': [{ address: '::ffff:169.254.169.254', family: 6 }],
    'internal.example': [v4('10.0.0.7')],
  });

  it('returns the checked address to connect to', async () => {
    await expect(new FeedAddressGuard([], dns).resolve(new URL('http://public.example/rss'))).resolves.toEqual(
      v4('93.184.215.14'),
    );
  });

  it('refuses a host when any of its addresses is not public', async () => {
    const guard = new FeedAddressGuard([], dns);
    await expect(guard.resolve(new URL('http://rebind.example/rss'))).rejects.toMatchObject({
      code: 'FEED_ADDRESS_REFUSED',
      message: expect.stringContaining('127.0.0.1'),
    });
    await expect(guard.resolve(new URL('http://metadata.example/rss'))).rejects.toMatchObject({
      code: 'FEED_ADDRESS_REFUSED',
      message: expect.stringContaining('metadata'),
    });
  });

  it('allows a private address named on the allow-list, by host or by address', async () => {
    await expect(
      new FeedAddressGuard(['internal.example'], dns).resolve(new URL('http://internal.example/')),
    ).resolves.toEqual(v4('10.0.0.7'));
    await expect(new FeedAddressGuard(['10.0.0.7'], dns).resolve(new URL('http://internal.example/'))).resolves.toEqual(
      v4('10.0.0.7'),
    );
  });

  it('reports a name that does not resolve', async () => {
    await expect(new FeedAddressGuard([], dns).resolve(new URL('http://nowhere.example/'))).rejects.toMatchObject({
      code: 'FEED_DNS_FAILED',
    });
  });
});
