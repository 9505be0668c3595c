/** Entity types the tagger predicts, in label order. */
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** BILOU labels: 0 = O, then B, I, L, U for each type. */
export const LABEL_COUNT = 1 + 4 * ENTITY_TYPES.length;
export const B = 0;
export const I = 1;
export const L = 2;
export const U = 3;

/** The label of `part` (B/I/L/U) for entity type index `type`. */
export function label(type: number, part: number): number {
  return 1 + type * 4 + part;
}

/** Type index of a label, -1 for O. */
export function labelType(lab: number): number {
  return lab === 0 ? -1 : (lab - 1) >> 2;
}

/** B/I/L/U part of a label, -1 for O. */
export function labelPart(lab: number): number {
  return lab === 0 ? -1 : (lab - 1) & 3;
}

/** A token span [first, last] (inclusive token indices) with its type index. */
export interface TokenSpan {
  first: number;
  last: number;
  type: number;
}

/** Reads spans from a label sequence, tolerating ill-formed runs (a stray I or L starts or continues a span). */
export function labelsToSpans(labels: ArrayLike<number>, count: number): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | undefined;
  for (let k = 0; k < count; k++) {
    const lab = labels[k]!;
    const type = labelType(lab);
    const part = labelPart(lab);
    if (open && (type !== open.type || part === B || part === U || type < 0)) open = undefined;
    if (type < 0) continue;
    if (!open) {
      open = { first: k, last: k, type };
      spans.push(open);
    }
    open.last = k;
    if (part === L || part === U) open = undefined;
  }
  return spans;
}

/** Writes BILOU labels for token spans into `out` (which must be zeroed). */
export function spansToLabels(spans: readonly TokenSpan[], out: Uint8Array): void {
  for (const s of spans) {
    if (s.first === s.last) {
      out[s.first] = label(s.type, U);
      continue;
    }
    out[s.first] = label(s.type, B);
    for (let k = s.first + 1; k < s.last; k++) out[k] = label(s.type, I);
    out[s.last] = label(s.type, L);
  }
}
