const foldE = (s: string): string => s.toLowerCase().replaceAll('ё', 'е');

/**
 * Writes `normal` (a lower-case dictionary form) in the letter case of `original`: the shared beginning keeps
 * the original characters (so «КАМАЗа» gives «КАМАЗ» and an «е» written for «ё» stays «е»); the new ending is
 * upper-case only when the whole original is.
 */
export function inCaseOf(original: string, normal: string): string {
  const [a, b] = [foldE(original), foldE(normal)];
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++;
  const allUpper = original === original.toUpperCase() && original !== a;
  const rest = normal.slice(shared);
  return original.slice(0, shared) + (allUpper ? rest.toUpperCase() : rest.toLowerCase());
}

/** Lower-case, with «ё» folded into «е»: the key under which two spellings of a name are the same. */
export function nameKey(name: string): string {
  return foldE(name);
}
