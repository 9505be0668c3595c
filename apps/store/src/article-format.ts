/** How an article is written out: the store's own JSON, or an IPTC ninjs news item. */
export type ArticleFormat = 'json' | 'ninjs';

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

/** ninjs at a version this store serves (2.x; without a version, the one served). */
function isServedNinjs(range: MediaRange): boolean {
  const version = range.params.get('version');
  return range.type === NINJS && (version === undefined || version === '2' || version.startsWith('2.'));
}

/**
 * The format asked for: `format=` wins; otherwise the `Accept` range of highest quality among ninjs 2.x and JSON
 * (the earlier on a tie). An `Accept` naming neither, or ninjs 3, gets JSON: the store's own format is always
 * available, so the request is not refused.
 *
 * @example
 * articleFormat(undefined, 'application/ninjs+json; version=2') // 'ninjs'
 */
export function articleFormat(format: ArticleFormat | undefined, accept: string | undefined): ArticleFormat {
  if (format !== undefined) return format;
  let best: { format: ArticleFormat; q: number } = { format: 'json', q: 0 };
  for (const range of (accept ?? '').split(',').map(parseRange)) {
    if (range.q <= best.q) continue;
    if (isServedNinjs(range)) best = { format: 'ninjs', q: range.q };
    else if (JSON_RANGES.has(range.type)) best = { format: 'json', q: range.q };
  }
  return best.format;
}
