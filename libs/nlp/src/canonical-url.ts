/** Query parameters that identify a campaign or a click, never the article. */
const TRACKING = /^(utm_\w+|gclid|dclid|fbclid|yclid|ysclid|msclkid|mc_cid|mc_eid|igshid|_openstat|_ga|_gl|ref|ref_src|ref_url|spm|from|share|smid|cmpid|ncid|ito)$/i;

/**
 * The URL an article is best known by, to group one document reached through different links: https,
 * lower-case host without `www.` and default port, no fragment, no trailing slash, no tracking parameters,
 * the remaining parameters sorted. Undefined for anything but an absolute http(s) URL. It identifies the
 * document; the original `url` is what to link to.
 *
 * @example
 * canonicalUrl('http://WWW.Tass.ru:80/politika/123/?utm_source=tg&b=2&a=1#top') // 'https://tass.ru/politika/123?a=1&b=2'
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
  const kept = [...parsed.searchParams.entries()].filter(([key]) => !TRACKING.test(key)).sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  const query = new URLSearchParams(kept).toString();
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const port = parsed.port && parsed.port !== '80' && parsed.port !== '443' ? `:${parsed.port}` : '';
  const path = parsed.pathname.length > 1 ? parsed.pathname.replace(/\/+$/, '') : '';
  return `https://${host}${port}${path}${query ? `?${query}` : ''}`;
}
