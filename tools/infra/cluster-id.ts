import { randomBytes } from 'node:crypto';

/**
 * A new KRaft cluster id: 16 random bytes as 22 base64url characters. Ids starting with "-" are drawn again,
 * because the storage tool would read them as a command-line flag.
 */
export function newClusterId(random: (size: number) => Buffer = randomBytes): string {
  for (;;) {
    const id = random(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}
