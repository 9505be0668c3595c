import { createHash } from 'node:crypto';
import type { IntakeItem } from './intake-item.js';
import type { LedgerEntry } from './intake-ledger.repository.js';

export type Outcome = { status: 'new' | 'new-version' } | { status: 'duplicate'; reason: string };

/**
 * Hash of what an item says, in a fixed key order: equal hashes mean an identical re-send. A fallback date is
 * not something the item says (it is the channel's build date or the time of receipt, which change on every
 * re-send), so it is left out.
 */
export function contentHashOf(item: IntakeItem): string {
  const canonical = [
    item.title,
    item.body,
    item.url ?? null,
    item.publishedAtSource?.fallback ? null : item.publishedAt,
    item.lang ?? null,
    item.version,
    item.pubStatus,
    item.embargoedUntil ?? null,
    // Only when present, so an item without metadata hashes as it did before metadata was kept.
    ...(item.metadata ? [item.metadata] : []),
  ];
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

/**
 * Wire semantics: a higher version (or, at the same version, a newer versionCreated or changed content,
 * a kill included) supersedes; an identical re-send or an older version is a duplicate, not re-published.
 */
export function classify(item: IntakeItem, contentHash: string, previous: LedgerEntry | undefined): Outcome {
  if (!previous) return { status: 'new' };
  if (item.version < previous.version)
    return {
      status: 'duplicate',
      reason: `version ${item.version} is older than the accepted version ${previous.version}`,
    };
  if (item.version > previous.version) return { status: 'new-version' };
  if (contentHash === previous.contentHash) return { status: 'duplicate', reason: 'identical to the accepted version' };
  if (
    item.versionCreated &&
    previous.versionCreated &&
    Date.parse(item.versionCreated) < Date.parse(previous.versionCreated)
  ) {
    return { status: 'duplicate', reason: 'versionCreated is older than the accepted version' };
  }
  return { status: 'new-version' };
}
