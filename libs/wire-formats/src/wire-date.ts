/** A date-time read from a feed, as ISO 8601 with an offset; `assumedZone` when the text named no zone. */
export interface ReadDate {
  iso: string;
  assumedZone?: string;
}

// ISO 8601 extended or basic, a space for `T`, offsets with or without a colon, or no zone at all.
const ISO =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(\.\d+)?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
const ISO_AS_IS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const RFC_822 =
  /^(?:[a-z]{3,9}\.?,?\s*)?(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s-]+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{2}:?\d{2}|[a-z]{1,5})?$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// Zone names with one meaning in practice; others (IST, BST, CST outside RFC 822…) are not guessed.
const NAMED_ZONES: Record<string, string> = {
  UT: 'Z',
  UTC: 'Z',
  GMT: 'Z',
  Z: 'Z',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
  CET: '+01:00',
  CEST: '+02:00',
  EET: '+02:00',
  EEST: '+03:00',
  MSK: '+03:00',
  JST: '+09:00',
};

interface Parts {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  ms: number;
  offset?: string;
  /** RFC 822 dates become UTC, as they always have, so that a re-sent item keeps its content hash. */
  utc?: boolean;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function offsetOf(zone: string | undefined): string | undefined | null {
  if (!zone) return undefined;
  const upper = zone.toUpperCase();
  if (upper in NAMED_ZONES) return NAMED_ZONES[upper];
  const numeric = /^([+-]\d{2}):?(\d{2})?$/.exec(zone);
  return numeric ? `${numeric[1]}:${numeric[2] ?? '00'}` : null;
}

function isoParts(text: string): Parts | undefined | null {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const offset = offsetOf(m[8]);
  if (offset === null) return null;
  const ms = m[7] ? Math.round(Number(`0${m[7]}`) * 1000) : 0;
  return { y: +m[1]!, mo: +m[2]!, d: +m[3]!, h: +(m[4] ?? 0), mi: +(m[5] ?? 0), s: +(m[6] ?? 0), ms, offset };
}

// RFC 822 as RSS writes it, two-digit years read as RFC 5322 says (00-49 → 20xx, 50-99 → 19xx).
function rfc822Parts(text: string): Parts | undefined | null {
  const m = RFC_822.exec(text);
  if (!m) return undefined;
  const mo = MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1;
  const offset = offsetOf(m[7]);
  if (mo === 0 || offset === null) return null;
  const year = m[3]!.length === 2 ? (+m[3]! < 50 ? 2000 : 1900) + +m[3]! : +m[3]!;
  return { y: year, mo, d: +m[1]!, h: +m[4]!, mi: +m[5]!, s: +(m[6] ?? 0), ms: 0, offset, utc: true };
}

/** Minutes `zone` is ahead of UTC at the instant `utcMs`. */
function zoneOffsetMinutes(zone: string, utcMs: number): number {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const get = (type: string) => Number(format.formatToParts(utcMs).find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((wall - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

function toIso(p: Parts, zone: string): ReadDate | undefined {
  const wall = Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s, p.ms);
  const check = new Date(wall);
  if (check.getUTCMonth() !== p.mo - 1 || check.getUTCDate() !== p.d || p.h > 23 || p.mi > 59 || p.s > 60) return;
  if (p.y < 1 || p.y > 9999) return undefined;
  const local = `${pad(p.y, 4)}-${pad(p.mo)}-${pad(p.d)}T${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}${p.ms ? `.${pad(p.ms, 3)}` : ''}`;
  if (p.offset && p.utc) return { iso: new Date(Date.parse(`${local}${p.offset}`)).toISOString() };
  if (p.offset) return { iso: `${local}${p.offset}` };
  // The zone's offset at the wall-clock time, found in two steps so that a change of offset between is seen.
  const first = zoneOffsetMinutes(zone, wall);
  const offset = zoneOffsetMinutes(zone, wall - first * 60_000);
  return { iso: `${local}${offsetText(offset)}`, assumedZone: zone };
}

/**
 * Reads the date-times feeds and agencies write: ISO 8601 extended or basic (a space for `T`, an offset with or
 * without a colon: `2017-10-11T10:41:00+0100`, `20141126T152703`), a bare date, and RFC 822 as RSS uses it (named
 * US and common European zones, two-digit years, no weekday). A date-time without a zone is placed in `zone` (an
 * IANA name) and says so in `assumedZone`. Anything else, an unknown zone name or an impossible date is
 * `undefined`: an ambiguous date (`01/02/2017`) is never guessed.
 *
 * @example
 * readDateTime('2016-04-13 04:52:21+0000', 'UTC') // { iso: '2016-04-13T04:52:21Z' }
 */
export function readDateTime(value: string | undefined, zone = 'UTC'): ReadDate | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const parts = isoParts(text) ?? rfc822Parts(text);
  const read = parts ? toIso(parts, zone) : undefined;
  // Already in the contract's form: kept as written, so that a re-sent item keeps its content hash.
  return read && ISO_AS_IS.test(text) ? { iso: text } : read;
}
