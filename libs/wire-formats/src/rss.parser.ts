import { xmlBaseOf } from './item-link.js';
import { childOf, childrenOf, textOf, type XmlElement } from './xml-node.js';
import { toWireItem, type ItemContext } from './wire-item.builder.js';
import type { DecodeContext, WireDocument } from './wire-document.js';
import { rssMetadata } from './rss.metadata.js';

const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/';
const DC_NS = 'http://purl.org/dc/elements/1.1/';
const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

/** Namespaces RSS has been published under: none (0.91-2.0), Userland's and Harvard's 2.0, RSS 1.0 and 0.90 (RDF). */
export const RSS_NAMESPACES = new Set([
  '',
  'http://backend.userland.com/rss2',
  'http://blogs.law.harvard.edu/tech/rss',
  'http://purl.org/rss/1.0/',
  'http://my.netscape.com/rdf/simple/0.9/',
]);
export { RDF_NS };

type ChannelContext = ItemContext & { lang?: string };

function toItem(item: XmlElement, ns: string, context: ChannelContext, index: number): WireDocument['items'][number] {
  const guid = textOf(childOf(item, 'guid', ns)) ?? item.attributes[`{${RDF_NS}}about`];
  const link = textOf(childOf(item, 'link', ns));
  return toWireItem(
    {
      externalId: guid ?? link,
      title: textOf(childOf(item, 'title', ns)),
      body: textOf(childOf(item, 'encoded', CONTENT_NS)) ?? textOf(childOf(item, 'description', ns)),
      url: link,
      dates: [
        ['pubDate', textOf(childOf(item, 'pubDate', ns))],
        ['dc:date', textOf(childOf(item, 'date', DC_NS))],
      ],
      lang: textOf(childOf(item, 'language', DC_NS)) ?? context.lang,
      sourceIds: { guid, link },
      metadata: rssMetadata(item),
    },
    index,
    { ...context, linkBases: [xmlBaseOf([item], context.linkBases?.[0]), ...(context.linkBases ?? [])] },
  );
}

function ttlOf(channel: XmlElement | undefined, ns: string): number | undefined {
  const ttl = Number(textOf(childOf(channel, 'ttl', ns)));
  return Number.isInteger(ttl) && ttl > 0 ? ttl : undefined;
}

function channelContext(
  root: XmlElement,
  channel: XmlElement | undefined,
  ns: string,
  decode: DecodeContext,
): ChannelContext {
  const base = xmlBaseOf(channel ? [root, channel] : [root], decode.documentUrl);
  return {
    ...decode,
    lang: textOf(childOf(channel, 'language', ns)) ?? textOf(childOf(channel, 'language', DC_NS)),
    channelDates: [
      ['channel.lastBuildDate', textOf(childOf(channel, 'lastBuildDate', ns))],
      ['channel.pubDate', textOf(childOf(channel, 'pubDate', ns))],
      ['channel.dc:date', textOf(childOf(channel, 'date', DC_NS))],
    ],
    linkBases: [base, textOf(childOf(channel, 'link', ns))],
  };
}

/**
 * An RSS document in any of its namespaces: 0.9x and 2.0 (`rss` root, items in the channel) or 1.0/0.90 RDF
 * (`rdf:RDF` root, items beside the channel). Every item is an article; its guid (else `rdf:about`, else link)
 * identifies it.
 */
export function parseRss(root: XmlElement, decode: DecodeContext = {}): WireDocument {
  const rdf = root.uri === RDF_NS;
  const channel = childrenOf(root, 'channel').find((c) => RSS_NAMESPACES.has(c.uri));
  const ns = rdf ? (channel?.uri ?? '') : root.uri;
  const context = channelContext(root, channel, ns, decode);
  const items = [...childrenOf(channel, 'item', ns), ...(rdf ? childrenOf(root, 'item', ns) : [])];
  const ttlMinutes = ttlOf(channel, ns);
  return {
    format: rdf ? 'rss1' : 'rss',
    items: items.map((item, i) => toItem(item, ns, context, i)),
    ...(ttlMinutes === undefined ? {} : { ttlMinutes }),
  };
}
