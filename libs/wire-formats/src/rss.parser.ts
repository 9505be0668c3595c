import { childOf, childrenOf, textOf, type XmlElement } from './xml-node.js';
import { toWireItem } from './wire-item.builder.js';
import type { WireDocument } from './wire-document.js';
import { rssMetadata } from './rss.metadata.js';

const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/';
const DC_NS = 'http://purl.org/dc/elements/1.1/';

function toItem(item: XmlElement, channelLang: string | undefined, index: number): WireDocument['items'][number] {
  const guid = textOf(childOf(item, 'guid'));
  const link = textOf(childOf(item, 'link', ''));
  const published = textOf(childOf(item, 'pubDate')) ?? textOf(childOf(item, 'date', DC_NS));
  return toWireItem(
    {
      externalId: guid ?? link,
      title: textOf(childOf(item, 'title', '')),
      body: textOf(childOf(item, 'encoded', CONTENT_NS)) ?? textOf(childOf(item, 'description', '')),
      url: link,
      publishedAt: published,
      lang: textOf(childOf(item, 'language', DC_NS)) ?? channelLang,
      sourceIds: { guid, link },
      metadata: rssMetadata(item),
    },
    index,
  );
}

function ttlOf(channel: XmlElement | undefined): number | undefined {
  const ttl = Number(textOf(childOf(channel, 'ttl')));
  return Number.isInteger(ttl) && ttl > 0 ? ttl : undefined;
}

/** An RSS 2.0 document: every `item` of its channel is an article; the item's guid (else link) identifies it. */
export function parseRss(root: XmlElement): WireDocument {
  const channel = childOf(root, 'channel');
  const lang = textOf(childOf(channel, 'language', '')) ?? textOf(childOf(channel, 'language', DC_NS));
  const ttlMinutes = ttlOf(channel);
  return {
    format: 'rss',
    items: childrenOf(channel, 'item').map((item, i) => toItem(item, lang, i)),
    ...(ttlMinutes === undefined ? {} : { ttlMinutes }),
  };
}
