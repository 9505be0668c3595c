import { BlockList, isIP } from 'node:net';

/** Why an address may not be fetched; `null` from `addressRisk` means a public unicast address. */
export type AddressRisk =
  'unspecified' | 'loopback' | 'private' | 'link-local' | 'cgnat' | 'multicast' | 'metadata' | 'reserved';

type Range = readonly [risk: AddressRisk, network: string, prefix: number];

// Checked in order: the metadata hosts sit inside wider ranges and should be named as what they are.
const V4_RANGES: readonly Range[] = [
  ['metadata', '169.254.169.254', 32],
  ['metadata', '168.63.129.16', 32], // Azure wireserver: public, yet answers only inside the cloud
  ['metadata', '100.100.100.200', 32], // Alibaba Cloud metadata
  ['unspecified', '0.0.0.0', 8],
  ['loopback', '127.0.0.0', 8],
  ['private', '10.0.0.0', 8],
  ['private', '172.16.0.0', 12],
  ['private', '192.168.0.0', 16],
  ['cgnat', '100.64.0.0', 10],
  ['link-local', '169.254.0.0', 16],
  ['reserved', '192.0.0.0', 24],
  ['reserved', '192.0.2.0', 24],
  ['reserved', '198.18.0.0', 15],
  ['reserved', '198.51.100.0', 24],
  ['reserved', '203.0.113.0', 24],
  ['multicast', '224.0.0.0', 4],
  ['reserved', '240.0.0.0', 4],
];

const V6_RANGES: readonly Range[] = [
  ['metadata', 'fd00:ec2::254', 128],
  ['unspecified', '::', 128],
  ['loopback', '::1', 128],
  ['private', 'fc00::', 7],
  ['link-local', 'fe80::', 10],
  ['private', 'fec0::', 10],
  ['multicast', 'ff00::', 8],
  ['reserved', '100::', 64],
  ['reserved', '2001:db8::', 32],
  ['reserved', '::', 96], // IPv4-compatible addresses, deprecated and never legitimate targets
];

function listOf(ranges: readonly Range[], family: 'ipv4' | 'ipv6'): [AddressRisk, BlockList][] {
  return ranges.map(([risk, network, prefix]) => {
    const list = new BlockList();
    list.addSubnet(network, prefix, family);
    return [risk, list];
  });
}

const V4 = listOf(V4_RANGES, 'ipv4');
const V6 = listOf(V6_RANGES, 'ipv6');

/** The eight 16-bit groups of an IPv6 address (a dotted IPv4 tail counts as two). */
function groupsOf(address: string): number[] {
  let text = address.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1];
  if (dotted) {
    const [a, b, c, d] = dotted.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, -dotted.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? (text.split('::') as [string, string]) : [text, undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((g) => parseInt(g, 16));
}

function dottedOf(high: number, low: number): string {
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/**
 * The IPv4 address carried inside an IPv6 one: IPv4-mapped (`::ffff:a.b.c.d`), NAT64 (`64:ff9b::a.b.c.d`) or
 * 6to4 (`2002:AABB:CCDD::`), or `null`. Such an address reaches the IPv4 host, so it is judged as that host.
 */
export function embeddedIpv4(address: string): string | null {
  const g = groupsOf(address);
  if (g.length !== 8 || g.some((n) => Number.isNaN(n))) return null;
  const zeroUpTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroUpTo(5) && g[5] === 0xffff) return dottedOf(g[6]!, g[7]!);
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return dottedOf(g[6]!, g[7]!);
  if (g[0] === 0x2002) return dottedOf(g[1]!, g[2]!);
  return null;
}

/**
 * Classifies an IP address (v4 or v6, with or without brackets) for outbound fetching: the risk it carries,
 * or `null` for a public unicast address. An IPv4 address embedded in IPv6 is judged as the IPv4 address.
 */
export function addressRisk(address: string): AddressRisk | null {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = isIP(bare);
  if (family === 0) return 'reserved';
  if (family === 6) {
    const v4 = embeddedIpv4(bare);
    if (v4 !== null) return addressRisk(v4);
    return V6.find(([, list]) => list.check(bare, 'ipv6'))?.[0] ?? null;
  }
  return V4.find(([, list]) => list.check(bare, 'ipv4'))?.[0] ?? null;
}
