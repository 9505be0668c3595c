import { childOf, childrenOf, innerHtmlOf, isElement, pathOf, textOf, type XmlElement } from './xml-node.js';
import { toWireItem, type WireCandidate } from './wire-item.builder.js';
import type { DecodeContext, WireDocument } from './wire-document.js';
import { newsmlG2Metadata } from './newsml-g2.metadata.js';

/** The NewsML-G2 namespace (NAR, "News Architecture"). */
export const NEWSML_G2_NS = 'http://iptc.org/std/nar/2006-10-01/';

const localCode = (qcode: string | undefined) => qcode?.replace(/^[^:]*:/, '');

// The text of the first `inlineXML` (its XHTML `body`, if any) or `inlineData` in the content set.
function bodyOf(contentSet: XmlElement | undefined): string | undefined {
  const inline = childOf(contentSet, 'inlineXML');
  if (inline) {
    const html = childrenOf(inline, 'html')[0];
    return innerHtmlOf(childOf(html, 'body') ?? inline);
  }
  return textOf(childOf(contentSet, 'inlineData'));
}

function urlOf(itemMeta: XmlElement | undefined): string | undefined {
  const links = childrenOf(itemMeta, 'link');
  const canonical = links.find((l) => /(^|:)(canonical|alternate|self)$/.test(l.attributes.rel ?? ''));
  return canonical?.attributes.href;
}

function altIdsOf(contentMeta: XmlElement | undefined): Record<string, string | undefined> {
  return Object.fromEntries(
    childrenOf(contentMeta, 'altId').map((a) => [localCode(a.attributes.type) ?? 'altId', textOf(a)]),
  );
}

// `qcode="stat:canceled"`, or the same concept by `uri`.
function pubStatusOf(element: XmlElement | undefined): string | undefined {
  return element?.attributes.qcode ?? element?.attributes.uri?.split('/').filter(Boolean).at(-1);
}

function toCandidate(item: XmlElement): WireCandidate {
  const itemMeta = childOf(item, 'itemMeta');
  const contentMeta = childOf(item, 'contentMeta');
  const guid = item.attributes.guid;
  const language = childOf(contentMeta, 'language')?.attributes.tag ?? item.attributes['xml:lang'];
  return {
    externalId: guid,
    version: item.attributes.version,
    title: textOf(childOf(contentMeta, 'headline')),
    body: bodyOf(childOf(item, 'contentSet')),
    url: urlOf(itemMeta),
    dates: [
      ['firstCreated', textOf(childOf(itemMeta, 'firstCreated'))],
      ['contentCreated', textOf(childOf(contentMeta, 'contentCreated'))],
      ['versionCreated', textOf(childOf(itemMeta, 'versionCreated'))],
    ],
    versionCreated: textOf(childOf(itemMeta, 'versionCreated')),
    embargoedUntil: textOf(childOf(itemMeta, 'embargoed')),
    pubStatus: pubStatusOf(childOf(itemMeta, 'pubStatus')),
    lang: language,
    sourceIds: { guid, ...altIdsOf(contentMeta) },
    metadata: newsmlG2Metadata(item),
  };
}

/**
 * A NewsML-G2 `newsItem`, or a `newsMessage` whose `itemSet` carries several; other item kinds in a
 * message (packages, concepts, planning) are reported as rejected items.
 */
export function parseNewsmlG2(root: XmlElement, context: DecodeContext = {}): WireDocument {
  const items = root.name === 'newsMessage' ? (pathOf(root, 'itemSet')?.children.filter(isElement) ?? []) : [root];
  return {
    format: 'newsml-g2',
    items: items.map((item, index) =>
      item.name === 'newsItem'
        ? toWireItem(toCandidate(item), index, context)
        : {
            index,
            error: {
              code: 'UNSUPPORTED_FORMAT',
              message: `item ${index} is a ${item.name}; only newsItem carries an article`,
            },
          },
    ),
  };
}
