import { AppError } from '@app/errors';
import { ATOM_NS, parseAtom } from './atom.parser.js';
import { NEWSML_G2_NS, parseNewsmlG2 } from './newsml-g2.parser.js';
import { looksLikeNinjs, parseNinjs } from './ninjs.parser.js';
import { parseNitf } from './nitf.parser.js';
import { parseRss } from './rss.parser.js';
import { decodeXmlText } from './xml-charset.js';
import type { XmlElement } from './xml-node.js';
import { parseXmlTree } from './xml-tree.parser.js';
import type { WireDocument } from './wire-document.js';

const NINJS_TYPES = new Set(['application/ninjs+json', 'application/vnd.iptc.ninjs+json']);
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

type RootParser = (root: XmlElement) => WireDocument;

function rootParserOf(root: XmlElement, feedsOnly: boolean): RootParser | undefined {
  if (root.name === 'rss' && root.uri === '') return parseRss;
  if ((root.name === 'feed' || root.name === 'entry') && root.uri === ATOM_NS) return parseAtom;
  if (feedsOnly) return undefined;
  if ((root.name === 'newsItem' || root.name === 'newsMessage') && root.uri === NEWSML_G2_NS) return parseNewsmlG2;
  if (root.name === 'nitf') return parseNitf;
  return undefined;
}

function decodeXml(payload: Buffer, charset: string | undefined, feedsOnly: boolean): WireDocument {
  const root = parseXmlTree(decodeXmlText(payload, charset));
  const parse = rootParserOf(root, feedsOnly);
  if (!parse) {
    const expected = feedsOnly
      ? 'rss or Atom feed'
      : 'rss, Atom feed or entry, NewsML-G2 newsItem or newsMessage, or nitf';
    throw new AppError(
      'UNSUPPORTED_FORMAT',
      `the root element <${root.name}>${root.uri ? ` in namespace ${root.uri}` : ''} is not an ${expected}`,
    );
  }
  return parse(root);
}

/**
 * Decodes a pushed document. ninjs comes as `application/ninjs+json`, `application/vnd.iptc.ninjs+json`, or
 * `application/json` when it has ninjs's `uri` and no native `externalId`; XML (`application/xml`,
 * `text/xml`, any `+xml`) is recognised by its root element. Whole-document problems throw `AppError`;
 * a bad item is reported in its place.
 *
 * @example
 * decodeWireDocument('application/rss+xml', bytes).items.filter((i) => 'item' in i)
 */
export function decodeWireDocument(mediaType: string, payload: Buffer): WireDocument {
  const { mediaType: type, charset } = splitContentType(mediaType);
  if (NINJS_TYPES.has(type)) return parseNinjs(parseJsonPayload(payload));
  if (type === 'application/json') {
    const value = parseJsonPayload(payload);
    if (looksLikeNinjs(value)) return parseNinjs(value);
    throw new AppError(
      'UNSUPPORTED_FORMAT',
      'the JSON body is not ninjs (it has no "uri", or has a native "externalId")',
    );
  }
  if (XML_TYPE.test(type)) return decodeXml(payload, charset, false);
  throw new AppError('UNSUPPORTED_MEDIA_TYPE', `expected JSON, ninjs or XML, got ${type || 'no content type'}`);
}

/** Decodes a polled feed: RSS 2.0 or Atom 1.0 only, with the same hardened XML parsing as a push. */
export function parseFeedDocument(payload: Buffer): WireDocument {
  return decodeXml(payload, undefined, true);
}
