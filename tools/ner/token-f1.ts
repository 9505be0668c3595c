/** A typed character span. */
export interface TypedSpan {
  type: string;
  start: number;
  end: number;
}

/** Counts for one entity type: `hit` = marked in both, `pred` = marked in prediction, `gold` = marked in gold. */
export interface Counts {
  hit: number;
  pred: number;
  gold: number;
}

export type CountsByType = Record<string, Counts>;

function counts(table: CountsByType, type: string): Counts {
  return (table[type] ??= { hit: 0, pred: 0, gold: 0 });
}

function marks(
  spans: readonly TypedSpan[],
  tokens: ReadonlyArray<{ start: number; end: number }>,
  type: string,
): boolean[] {
  return tokens.map((t) => spans.some((s) => s.type === type && t.start >= s.start && t.end <= s.end));
}

/**
 * Token-level counts (the factRuEval benchmark): per type, each gold token is marked if it lies inside a span
 * of that type, separately for gold and prediction. Add documents up with `addCounts` before `f1`.
 */
export function tokenCounts(
  gold: readonly TypedSpan[],
  pred: readonly TypedSpan[],
  tokens: ReadonlyArray<{ start: number; end: number }>,
  types: readonly string[],
  into: CountsByType = {},
): CountsByType {
  for (const type of types) {
    const g = marks(gold, tokens, type);
    const p = marks(pred, tokens, type);
    const c = counts(into, type);
    for (let k = 0; k < tokens.length; k++) {
      if (g[k]) c.gold++;
      if (p[k]) c.pred++;
      if (g[k] && p[k]) c.hit++;
    }
  }
  return into;
}

/** Exact-span counts: a predicted span is a hit when gold has a span with the same type, start and end. */
export function spanCounts(
  gold: readonly TypedSpan[],
  pred: readonly TypedSpan[],
  types: readonly string[],
  into: CountsByType = {},
): CountsByType {
  for (const type of types) {
    const c = counts(into, type);
    const g = new Set(gold.filter((s) => s.type === type).map((s) => `${s.start}:${s.end}`));
    const p = pred.filter((s) => s.type === type);
    c.gold += g.size;
    c.pred += p.length;
    c.hit += p.filter((s) => g.has(`${s.start}:${s.end}`)).length;
  }
  return into;
}

/** Precision, recall and F1 (0 when undefined). */
export function f1(c: Counts): { p: number; r: number; f1: number } {
  const p = c.pred === 0 ? 0 : c.hit / c.pred;
  const r = c.gold === 0 ? 0 : c.hit / c.gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}
