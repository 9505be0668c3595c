import { readDateTime } from './wire-date.js';
import type { Repair, WireItem } from './wire-document.js';

/** A date an item or its channel carries, by the field it was read from (`pubDate`, `channel.lastBuildDate`). */
export type NamedDate = readonly [field: string, value: string | undefined];

type Dated = Pick<WireItem, 'publishedAt' | 'publishedAtSource'>;

/**
 * The item's publication date: the first of `dates` that reads as a date-time (the item's own dates, then its
 * channel's), else the time of receipt. Every step past the first field, and every zone assumed, is a repair;
 * `publishedAtSource` records the choice on the article.
 */
export function publicationDateOf(
  dates: readonly NamedDate[],
  zone: string,
  receivedAt: Date,
  repairs: Repair[],
): Dated {
  const present = dates.filter(([, value]) => value?.trim());
  for (const [field, value] of present) {
    const read = readDateTime(value, zone);
    if (!read) continue;
    const fallback = field !== dates[0]?.[0];
    if (fallback) repairs.push({ field: 'publishedAt', code: 'DATE_FALLBACK', detail: fallbackDetail(dates, field) });
    if (read.assumedZone) repairs.push(zoneRepair('publishedAt', value!, read.assumedZone));
    const assumed = read.assumedZone ? { assumedZone: read.assumedZone } : {};
    return { publishedAt: read.iso, publishedAtSource: { field, fallback, ...assumed } };
  }
  const tried = present.map(([field, value]) => `${field} "${value!.trim()}"`).join(', ');
  repairs.push({
    field: 'publishedAt',
    code: 'DATE_FALLBACK',
    detail: `${tried ? `no readable date (${tried})` : 'the item has no date'}; used the time of receipt`,
  });
  return { publishedAt: receivedAt.toISOString(), publishedAtSource: { field: 'receivedAt', fallback: true } };
}

function fallbackDetail(dates: readonly NamedDate[], used: string): string {
  const skipped = dates.slice(
    0,
    dates.findIndex(([field]) => field === used),
  );
  const why = skipped.map(([field, value]) =>
    value?.trim() ? `${field} "${value.trim()}" is unreadable` : `no ${field}`,
  );
  return `${why.join(', ')}; used ${used}`;
}

function zoneRepair(field: string, value: string, zone: string): Repair {
  return {
    field,
    code: 'DATE_ZONE_ASSUMED',
    detail: `"${value.trim()}" names no zone; read in the source zone ${zone}`,
  };
}

/** An optional date (`versionCreated`, `embargoedUntil`): read as the publication date is, dropped when unreadable. */
export function optionalDateOf(field: string, value: string | undefined, zone: string, repairs: Repair[]) {
  if (!value?.trim()) return undefined;
  const read = readDateTime(value, zone);
  if (!read) repairs.push({ field, code: 'FIELD_DROPPED', detail: `"${value.trim()}" is not a date-time; dropped` });
  else if (read.assumedZone) repairs.push(zoneRepair(field, value, read.assumedZone));
  return read?.iso;
}
