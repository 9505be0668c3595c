import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import { addressRisk } from './feed-address.policy.js';
import { FeedFetchError } from './feed-fetch.error.js';

/** `dns.lookup` with `all: true`, injectable so tests need no resolver. */
export type ResolveAll = (host: string) => Promise<LookupAddress[]>;

const systemResolveAll: ResolveAll = (host) =>
  new Promise((resolve, reject) =>
    dnsLookup(host, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))),
  );

/** The host part of a URL without IPv6 brackets. */
function bareHost(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
}

/**
 * Decides which feed URLs may be fetched and to which address to connect. The WHATWG URL parser has already
 * turned decimal, octal and hex IPv4 spellings (`http://2130706433/`) into dotted form, so literals are judged
 * by what they mean. Hosts (names or IP literals) on the allow-list skip the address checks.
 */
export class FeedAddressGuard {
  private readonly allowed: ReadonlySet<string>;

  constructor(
    allowedHosts: readonly string[],
    private readonly resolveAll: ResolveAll = systemResolveAll,
  ) {
    this.allowed = new Set(
      allowedHosts
        .map((h) =>
          h
            .trim()
            .toLowerCase()
            .replace(/^\[|\]$/g, ''),
        )
        .filter(Boolean),
    );
  }

  /** Parses and checks what can be known without DNS: scheme, credentials and a literal address. */
  checkUrl(raw: string): URL {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new FeedFetchError('FEED_URL_INVALID', `"${raw}" is not an absolute URL`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new FeedFetchError('FEED_URL_INVALID', `only http and https feeds are fetched, not ${url.protocol}`);
    if (url.username || url.password)
      throw new FeedFetchError('FEED_URL_INVALID', 'a feed URL may not carry credentials');
    const host = bareHost(url);
    if (this.allowed.has(host)) return url;
    if (isIP(host) !== 0) this.refuseRisky(host, host);
    else if (host === 'localhost' || host.endsWith('.localhost'))
      throw new FeedFetchError('FEED_ADDRESS_REFUSED', `${host} is a loopback name`);
    return url;
  }

  /**
   * Checks the URL and resolves its host; every address must be public (unless allowed), and the one returned
   * is the address the caller must connect to, so that a second DNS answer cannot point elsewhere.
   */
  async resolve(url: URL): Promise<LookupAddress> {
    const checked = this.checkUrl(url.href);
    const host = bareHost(checked);
    const family = isIP(host);
    if (family !== 0) return { address: host, family };
    let addresses: LookupAddress[];
    try {
      addresses = await this.resolveAll(host);
    } catch (error) {
      throw new FeedFetchError('FEED_DNS_FAILED', `${host} did not resolve: ${(error as Error).message}`);
    }
    if (addresses.length === 0) throw new FeedFetchError('FEED_DNS_FAILED', `${host} has no addresses`);
    if (!this.allowed.has(host))
      for (const { address } of addresses) if (!this.allowed.has(address)) this.refuseRisky(address, host);
    return addresses[0]!;
  }

  private refuseRisky(address: string, host: string): void {
    const risk = addressRisk(address);
    if (risk === null) return;
    const what = address === host ? `${host} is` : `${host} resolves to ${address},`;
    throw new FeedFetchError('FEED_ADDRESS_REFUSED', `${what} a ${risk} address`);
  }
}
