/**
 * Query parameters that are tracking by convention: campaign tags and the click ids that ad, social and
 * mail platforms append to links. They never select the document, so links that differ only in them lead to
 * one article. Names that are also ordinary words (`ref`, `from`, `source`, `share`, `id`) are not here:
 * on some sites they pick the page (`?from=2026-11-01`, `?ref=release-2.0`).
 * - `utm_*`: campaign tags (Google Analytics and most others)
 * - `gclid`, `gclsrc`, `dclid`, `gbraid`, `wbraid`: Google Ads and Display & Video 360 clicks; `_ga`, `_gl`: the Google Analytics cross-domain linker
 * - `fbclid` Facebook, `igshid` Instagram, `twclid` X (Twitter), `ttclid` TikTok, `li_fat_id` LinkedIn, `msclkid` Microsoft Advertising
 * - `yclid` Yandex Direct, `ysclid` Yandex search, `_openstat` Openstat
 * - `mc_cid`, `mc_eid` Mailchimp, `_hsenc`, `_hsmi` HubSpot, `mkt_tok` Marketo
 */
const TRACKING =
  /^(?:utm_\w+|gclid|gclsrc|dclid|gbraid|wbraid|_ga|_gl|fbclid|igshid|twclid|ttclid|li_fat_id|msclkid|yclid|ysclid|_openstat|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok)$/i;

/**
 * The longest URL the article contracts accept (`urlField` in libs/contracts/src/field-rules.ts). Not
 * imported from there: `@app/contracts` does not export the number, and it imports `@app/nlp`
 * (`normaliseTitle`), so importing it here would make a cycle. The spec checks the two agree.
 */
const MAX_URL_LENGTH = 4_096;

/**
 * The URL an article is best known by, to group one document reached through different links. It is an
 * identifier, not a link (the original `url` is what to link to), and the same input gives the same output
 * in every process and locale. From the WHATWG serialisation of the URL:
 * - https for http, and no port if it is the default (80 for http, 443 for either);
 * - the host lower case (as the parser gives it), without leading `www.` when a dot remains; no user or password;
 * - the path as it is, without trailing slashes (the root keeps its `/`);
 * - the query without tracking parameters (`TRACKING`), the others as written (`?12345` stays bare) and
 *   ordered by name in code-unit order; values of a repeated name keep their order, which may matter;
 * - no fragment, unless it is a hash-bang route (`#!/news/123`), which selects the page.
 * Undefined for anything but an absolute http(s) URL, and when the result would be longer than the contracts
 * allow: percent-encoding can make a URL with a Cyrillic path six times longer, and an over-long
 * `canonicalUrl` would make the store dead-letter a valid article. The result is its own WHATWG
 * serialisation, so `canonicalUrl` of it gives it back.
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
  const host = parsed.hostname.replace(/^(?:www\.)+(?=[^.]*\.)/, '');
  const port = parsed.port === '443' ? '' : parsed.port;
  const path = parsed.pathname.replace(/(?<=.)\/+$/, '');
  const query = canonicalQuery(parsed.search);
  const fragment = parsed.hash.startsWith('#!') ? parsed.hash : '';
  const canonical = `https://${host}${port && `:${port}`}${path}${query && `?${query}`}${fragment}`;
  return canonical.length <= MAX_URL_LENGTH ? canonical : undefined;
}

/**
 * A serialised query (`?a=1&b`) without tracking parameters, the rest ordered by name: each parameter stays
 * as written, since decoding and re-encoding it would turn `?12345` into `12345=` and lengthen `/` and `:`
 * to `%2F` and `%3A`. Empty parameters (`a=1&&b=2`) carry nothing and are dropped.
 */
function canonicalQuery(search: string): string {
  const kept = search
    .slice(1)
    .split('&')
    .filter((param) => param !== '' && !TRACKING.test(paramName(param)))
    .map((param) => ({ param, name: param.split('=', 1)[0]! }));
  // Array.prototype.sort is stable: values of a repeated name keep their order.
  kept.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return kept.map(({ param }) => param).join('&');
}

/** A parameter's name, decoded as a form would be, to match it against `TRACKING`; as written if it is not valid percent-encoding. */
function paramName(param: string): string {
  const name = param.split('=', 1)[0]!.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
