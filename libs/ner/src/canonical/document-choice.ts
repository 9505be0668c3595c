import type { Mention } from './mention.js';

/** A mention with its candidate names, likeliest first; `verbatim` when the likeliest is the text as written. */
export interface Candidates<T> {
  readonly mention: Mention;
  /** The mention as written (outer quotes removed). */
  readonly words: string;
  readonly names: readonly T[];
  readonly verbatim: boolean;
}

/** The name a mention takes; `weight` favours names written as they are. */
export interface Chosen<T> {
  readonly mention: Mention;
  readonly name: T;
  readonly weight: number;
}

/** How the names of one kind of entity support each other within a document. */
export interface DocumentNames<T> {
  /** Keys of a name, strongest first: support for an earlier key beats support for a later one. */
  keys(name: T): readonly (string | undefined)[];
  /** Whether the name is known outside the document (a famous person); breaks ties between candidates. */
  known(name: T): boolean;
  /** Whether a chosen name, once chosen, may support the other mentions (a person's first name and surname). */
  whole(name: T): boolean;
  /**
   * Whether a candidate another mention declines to is supported too, after those written elsewhere: «Алроса»
   * is the nominative when «Алросы» elsewhere reads as its genitive.
   */
  readonly declined: boolean;
  /** The name of `others` (chosen by other mentions than `mention`) that the mention as written is a declined form of. */
  formOf(mention: Candidates<T>, others: readonly Chosen<T>[]): T | undefined;
}

// Which mentions (by index) write or chose a name under each key.
class Support {
  private readonly by = new Map<string, Set<number>>();

  add(keys: readonly (string | undefined)[], at: number): void {
    for (const key of keys) {
      if (key === undefined) continue;
      let set = this.by.get(key);
      if (!set) this.by.set(key, (set = new Set()));
      set.add(at);
    }
  }

  elsewhere(key: string | undefined, at: number): boolean {
    const set = key === undefined ? undefined : this.by.get(key);
    return set !== undefined && (set.size > 1 || !set.has(at));
  }
}

/**
 * Gives each mention one of its candidate names, by what the rest of the document says. A candidate another
 * mention writes out as is wins («Александра Лукашенко» is «Александр Лукашенко» when the text also says so),
 * by its whole name before its surname; then (where `declined`) one another mention declines to; then one known
 * outside the document; then the likeliest. Names chosen
 * in full (a first name and surname) support the mentions that lack one in a second round («Набиуллина» after
 * «Эльвирой Набиуллиной» is a woman). A mention none of whose candidates is supported takes a name written or
 * chosen elsewhere that it is a declined form of («Олега Дерипаски» and «Олег Дерипаска»).
 */
export function chooseNames<T>(all: readonly Candidates<T>[], names: DocumentNames<T>): Chosen<T>[] {
  const support = new Support();
  const memo = new Map<T, readonly (string | undefined)[]>();
  const keys = (name: T): readonly (string | undefined)[] => {
    let k = memo.get(name);
    if (!k) memo.set(name, (k = names.keys(name)));
    return k;
  };
  const declined = new Support();
  all.forEach((c, at) => (c.verbatim ? support : declined).add(keys(c.names[0]!), at));
  // The tier of a candidate's strongest supported key (Infinity for none), then known names, then likeliest.
  const tier = (name: T, at: number): number => {
    const k = keys(name);
    const i = k.findIndex((key) => support.elsewhere(key, at));
    if (i >= 0 || !names.declined) return i < 0 ? Infinity : i;
    const j = k.findIndex((key) => declined.elsewhere(key, at));
    return j < 0 ? Infinity : k.length + j;
  };
  const pick = (c: Candidates<T>, at: number): T => {
    let best: T = c.names[0]!;
    let [bestTier, bestKnown] = [tier(best, at), names.known(best)];
    for (const name of c.names.slice(1)) {
      const [t, k] = [tier(name, at), names.known(name)];
      if (t < bestTier || (t === bestTier && k && !bestKnown)) [best, bestTier, bestKnown] = [name, t, k];
    }
    return best;
  };
  let chosen = all.map(pick);
  all.forEach((c, at) => !c.verbatim && names.whole(chosen[at]!) && support.add(keys(chosen[at]!), at));
  chosen = chosen.map((name, at) => (names.whole(name) ? name : pick(all[at]!, at)));
  const result = all.map((c, at) => ({ mention: c.mention, name: chosen[at]!, weight: c.verbatim ? 2 : 1 }));
  // Names written or chosen whole elsewhere, for mentions no candidate of which the document supports.
  const supporting = result.flatMap((r, at) => (all[at]!.verbatim || names.whole(r.name) ? [at] : []));
  if (supporting.length === 0) return result;
  return result.map((r, at) => {
    if (tier(r.name, at) !== Infinity) return r;
    const name = names.formOf(
      all[at]!,
      nearest(supporting, at).map((i) => result[i]!),
    );
    return name === undefined ? r : { ...r, name };
  });
}

/**
 * At most this many supporters, the nearest in the text, are offered to a mention's `formOf`. News articles have
 * far fewer names; without the bound, a hostile text of thousands of invented surnames costs time quadratic in
 * their number (5.5 s for 100 KB, and a 2 MB article body would stall the processor for many minutes).
 */
export const MAX_SUPPORTERS = 200;

/** The `MAX_SUPPORTERS` entries of the sorted `positions` nearest to `at`, in text order. */
function nearest(positions: readonly number[], at: number): readonly number[] {
  if (positions.length <= MAX_SUPPORTERS) return positions;
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  const from = Math.min(Math.max(0, lo - MAX_SUPPORTERS / 2), positions.length - MAX_SUPPORTERS);
  return positions.slice(from, from + MAX_SUPPORTERS);
}
