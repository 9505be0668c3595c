import { createHash, randomBytes } from 'node:crypto';

/** The stored form of a key: keys are random, so a plain SHA-256 is enough (no password stretching needed). */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A new key: 32 random bytes, base64url, with a recognisable prefix for secret scanners. */
export function generateApiKey(): string {
  return `npk_${randomBytes(32).toString('base64url')}`;
}

/** The part of a key that may be shown and logged to tell keys apart. */
export function keyPrefix(key: string): string {
  return key.slice(0, 10);
}
