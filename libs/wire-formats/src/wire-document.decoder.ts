import { AppError } from '@app/errors';
import { ATOM_03_NS, ATOM_NS, parseAtom } from './atom.parser.js';
import { looksLikeJsonFeed, parseJsonFeed } from './json-feed.parser.js';
import { NEWSML_G2_NS, parseNewsmlG2 } from './newsml-g2.parser.js';
import { looksLikeNinjs, parseNinjs } from './ninjs.parser.js';
import { parseNitf } from './nitf.parser.js';
import { parseRss, RDF_NS, RSS_NAMESPACES } from './rss.parser.js';
import { decodeXmlText } from './xml-charset.js';
import type { XmlElement } from './xml-node.js';
import { parseXmlTree } from './xml-tree.parser.js';
import type { DecodeContext, WireDocument } from './wire-document.js';

const NINJS_TYPES = new Set(['application/ninjs+json', 'application/vnd.iptc.ninjs+json']);
const JSON_FEED_TYPE = 'application/feed+json';
const XML_TYPE = /^(application|text)\/([\w.-]+\+)?xml$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The media type of a Content-Type header, lower case, without parameters (`''` when there is none). */
export function mediaTypeOf(contentType: string | undefined): string {
  return splitContentType(contentType ?? '').mediaType;
}

function splitContentType(contentType: string): { mediaType: string; charset?: string } {
  const [type = '', ...parameters] = contentType.split(';');
  const charset = parameters.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?\s*$/i.exec(p)?.[1]).find(Boolean);
  return { mediaType: type.trim().toLowerCase(), ...(charset ? { charset } : {}) };
}

/**
 * A JSON request body from its bytes, strictly UTF-8: a body with invalid bytes is refused (`MALFORMED_BODY`),
 * never decoded with replacement characters, which would change the article the sender meant.
 */
export function parseJsonPayload(payload: Buffer): unknown {
  try {
    return JSON.parse(utf8.decode(payload));
  } catch (cause) {
    throw new AppError('MALFORMED_BODY', `the body is not UTF-8 JSON: ${(cause as Error).message}`, { cause });
  }
}

type RootParser = (root: XmlElement, context: DecodeContext) => WireDocument;

function rootParserOf(root: XmlElement, feedsOnly: boolean): RootParser | undefined {
  if (root.name === 'rss' && RSS_NAMESPACES.has(root.uri)) return parseRss;
  if (root.name === 'RDF' && root.uri === RDF_NS) return parseRss;
  if ((root.name === 'feed' || root.name === 'entry') && (root.uri === ATOM_NS || root.uri === ATOM_03_NS))
    return parseAtom;
  if (feedsOnly) return undefined;
  if ((root.name === 'newsItem' || root.name === 'newsMessage') && root.uri === NEWSML_G2_NS) return parseNewsmlG2;
  if (root.name === 'nitf') return parseNitf;
  return undefined;
}

function decodeXml(
  payload: Buffer,
  charset: string | undefined,
  feedsOnly: boolean,
  context: DecodeContext,
): WireDocument {
  const root = parseXmlTree(decodeXmlText(payload, charset));
  const parse = rootParserOf(root, feedsOnly);
  if (!parse) {
    const expected = feedsOnly
      ? 'RSS (0.9x, 1.0 RDF, 2.0) or Atom (0.3, 1.0) feed'
      : 'RSS (0.9x, 1.0 RDF, 2.0), Atom (0.3, 1.0) feed or entry, NewsML-G2 newsItem or newsMessage, or nitf';
    throw new AppError(
      'UNSUPPORTED_FORMAT',
      `the root element <${root.name}>${root.uri ? ` in namespace ${root.uri}` : ''} is not an ${expected}`,
    );
  }
  return parse(root, context);
}

function decodeJson(value: unknown, context: DecodeContext): WireDocument {
  if (looksLikeJsonFeed(value)) return parseJsonFeed(value, context);
  if (looksLikeNinjs(value)) return parseNinjs(value, context);
  throw new AppError(
    'UNSUPPORTED_FORMAT',
    'the JSON body is neither ninjs (it has no "uri", or has a native "externalId") nor a JSON Feed',
  );
}

/**
 * Decodes a pushed document. ninjs comes as `application/ninjs+json`, `application/vnd.iptc.ninjs+json`, or
 * `application/json` when it has ninjs's `uri` and no native `externalId`; a JSON Feed as
 * `application/feed+json` or `application/json` with its `version` URL; XML (`application/xml`,
 * `text/xml`, any `+xml`) is recognised by its root element. Whole-document problems throw `AppError`;
 * a bad item is reported in its place.
 *
 * @example
 * decodeWireDocument('application/rss+xml', bytes).items.filter((i) => 'item' in i)
 */
export function decodeWireDocument(mediaType: string, payload: Buffer, context: DecodeContext = {}): WireDocument {
  const { mediaType: type, charset } = splitContentType(mediaType);
  if (NINJS_TYPES.has(type)) return parseNinjs(parseJsonPayload(payload), context);
  if (type === JSON_FEED_TYPE) return parseJsonFeed(parseJsonPayload(payload), context);
  if (type === 'application/json') return decodeJson(parseJsonPayload(payload), context);
  if (XML_TYPE.test(type)) return decodeXml(payload, charset, false, context);
  throw new AppError('UNSUPPORTED_MEDIA_TYPE', `expected JSON, ninjs or XML, got ${type || 'no content type'}`);
}

/**
 * Decodes a polled feed: RSS, Atom or JSON Feed (told apart by the first character, since servers label feeds
 * carelessly), with the same hardened XML parsing as a push. `context.documentUrl` resolves relative links.
 */
export function parseFeedDocument(payload: Buffer, context: DecodeContext = {}): WireDocument {
  const first = payload
    .subarray(0, 64)
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart()[0];
  if (first === '{') return parseJsonFeed(parseJsonPayload(payload), context);
  return decodeXml(payload, undefined, true, context);
}
