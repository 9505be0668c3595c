import { AppError } from '@app/errors';

/** How an article is written out: the store's own JSON, or an IPTC ninjs news item (2.4, or 3.3). */
export type ArticleFormat = 'json' | 'ninjs' | 'ninjs3';

const NINJS = 'application/ninjs+json';
const JSON_RANGES = new Set(['application/json', 'application/*', '*/*']);

interface MediaRange {
  type: string;
  params: Map<string, string>;
  q: number;
}

function parseRange(range: string): MediaRange {
  const [type = '', ...rest] = range.split(';').map((part) => part.trim());
  const params = new Map<string, string>();
  for (const param of rest) {
    const [name = '', value = ''] = param.split('=').map((s) => s.trim());
    params.set(name.toLowerCase(), value.replace(/^"|"$/g, ''));
  }
  const q = Number(params.get('q') ?? '1');
  return { type: type.toLowerCase(), params, q: Number.isFinite(q) ? q : 0 };
}

/** The format a range names, if this store serves it: ninjs without a version is 2.x, the default. */
function servedFormat(range: MediaRange): ArticleFormat | undefined {
  if (JSON_RANGES.has(range.type)) return 'json';
  if (range.type !== NINJS) return undefined;
  const major = (range.params.get('version') ?? '2').split('.')[0];
  return major === '2' ? 'ninjs' : major === '3' ? 'ninjs3' : undefined;
}

/**
 * The format asked for: `format=` wins; otherwise the `Accept` range of highest quality among JSON, ninjs 2.x
 * and ninjs 3.x (the earlier on a tie); any minor version of a major gets the one served. No `Accept` is JSON.
 * An `Accept` that names none of them (ninjs 1, `text/html` alone) is refused with `NOT_ACCEPTABLE` (406): a
 * client that asked for a version it cannot read must not get another one silently.
 *
 * @example
 * articleFormat(undefined, 'application/ninjs+json; version=3') // 'ninjs3'
 */
export function articleFormat(format: ArticleFormat | undefined, accept: string | undefined): ArticleFormat {
  if (format !== undefined) return format;
  if (accept === undefined || accept.trim() === '') return 'json';
  let best: { format: ArticleFormat; q: number } | undefined;
  for (const range of accept.split(',').map(parseRange)) {
    const served = servedFormat(range);
    if (served !== undefined && range.q > 0 && range.q > (best?.q ?? 0)) best = { format: served, q: range.q };
  }
  if (best === undefined) {
    throw new AppError(
      'NOT_ACCEPTABLE',
      `Accept names no format served: application/json, application/ninjs+json (version 2 or 3); got ${accept}`,
    );
  }
  return best.format;
}
