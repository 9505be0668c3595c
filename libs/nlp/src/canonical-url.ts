/** Query parameters that identify a campaign or a click, never the article. */
const TRACKING = /^(utm_\w+|gclid|dclid|fbclid|yclid|ysclid|msclkid|mc_cid|mc_eid|igshid|_openstat|_ga|_gl|ref|ref_src|ref_url|spm|from|share|smid|cmpid|ncid|ito)$/i;

/**
 * The canonical form of an article URL: lower-case scheme and host, no default port, no fragment, no
 * tracking parameters, remaining parameters sorted. Returns undefined for anything but absolute http(s).
 *
 * @example
 * canonicalUrl('HTTPS://Tass.ru:443/politika/123?utm_source=tg&b=2&a=1#top') // 'https://tass.ru/politika/123?a=1&b=2'
 */
export function canonicalUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  parsed.hash = '';
  const kept = [...parsed.searchParams.entries()].filter(([key]) => !TRACKING.test(key)).sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  parsed.search = new URLSearchParams(kept).toString();
  return parsed.toString();
}
