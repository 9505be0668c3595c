import { fnv } from './feature-hash.js';
import type { TokenInfo } from './token-info.js';

/** Hashes of lower-case words, for matching `TokenInfo.low` without strings. */
export function wordKeys(words: readonly string[]): ReadonlySet<number> {
  return new Set(words.map(fnv));
}

/** Word beginnings of up to five letters, for `startsWithAny` («област» matches by «облас»). */
export interface Stems {
  readonly byLength: ReadonlyArray<ReadonlySet<number>>;
}

export function stems(beginnings: readonly string[]): Stems {
  const byLength = [0, 1, 2, 3, 4, 5].map(
    (n) => new Set(beginnings.filter((b) => Math.min(b.length, 5) === n).map((b) => fnv(b.slice(0, 5)))),
  );
  return { byLength };
}

/** Whether token `k` (lower-cased) starts with one of `s`: `TokenInfo` keeps hashes of its first 1–5 letters. */
export function startsWithAny(t: TokenInfo, k: number, s: Stems): boolean {
  for (let n = 1; n <= 5; n++) {
    if (s.byLength[n]!.size === 0 || t.len[k]! < n) continue;
    const prefix = n === 5 ? t.stem[k]! : t.affix[k * 8 + n - 1]!;
    if (s.byLength[n]!.has(prefix)) return true;
  }
  return false;
}
