import { xmlBaseOf } from './item-link.js';
import { childOf, childrenOf, innerHtmlOf, textOf, type XmlElement } from './xml-node.js';
import { toWireItem, type ItemContext } from './wire-item.builder.js';
import type { DecodeContext, WireDocument } from './wire-document.js';
import { atomMetadata } from './atom.metadata.js';

/** The Atom 1.0 namespace. */
export const ATOM_NS = 'http://www.w3.org/2005/Atom';
/** The namespace of Atom 0.3, the pre-standard Atom many feeds still publish. */
export const ATOM_03_NS = 'http://purl.org/atom/ns#';

// `type="xhtml"` (0.3: `mode="xml"`) content is a `div` of markup; `text` and `html` are character data,
// and 0.3's `mode="base64"` is encoded.
function textConstruct(element: XmlElement | undefined): string | undefined {
  const mode = element?.attributes.mode;
  if (mode === 'base64') return textOf(element) && Buffer.from(textOf(element)!, 'base64').toString('utf8');
  if (element?.attributes.type !== 'xhtml' && mode !== 'xml') return textOf(element);
  const div = childOf(element, 'div');
  return innerHtmlOf(div ?? element);
}

function linkOf(entry: XmlElement, ns: string): string | undefined {
  const links = childrenOf(entry, 'link', ns);
  return (links.find((l) => (l.attributes.rel ?? 'alternate') === 'alternate') ?? links[0])?.attributes.href;
}

function toItem(entry: XmlElement, ns: string, context: ItemContext & { lang?: string }, index: number) {
  const id = textOf(childOf(entry, 'id', ns));
  const text = (name: string) => textOf(childOf(entry, name, ns));
  return toWireItem(
    {
      externalId: id,
      title: textConstruct(childOf(entry, 'title', ns)),
      body: textConstruct(childOf(entry, 'content', ns)) ?? textConstruct(childOf(entry, 'summary', ns)),
      url: linkOf(entry, ns),
      dates:
        ns === ATOM_NS
          ? [
              ['published', text('published')],
              ['updated', text('updated')],
            ]
          : [
              ['issued', text('issued')],
              ['created', text('created')],
              ['modified', text('modified')],
            ],
      versionCreated: text(ns === ATOM_NS ? 'updated' : 'modified'),
      lang: entry.attributes['xml:lang'] ?? context.lang,
      sourceIds: { id },
      metadata: atomMetadata(entry),
    },
    index,
    { ...context, linkBases: [xmlBaseOf([entry], context.linkBases?.[0]), ...(context.linkBases ?? [])] },
  );
}

/** An Atom 1.0 or 0.3 feed (every entry is an article) or a lone entry document. */
export function parseAtom(root: XmlElement, decode: DecodeContext = {}): WireDocument {
  const ns = root.uri;
  const entries = root.name === 'entry' ? [root] : childrenOf(root, 'entry', ns);
  const feedDate = textOf(childOf(root, ns === ATOM_NS ? 'updated' : 'modified', ns));
  const context = {
    ...decode,
    lang: root.attributes['xml:lang'],
    channelDates:
      root.name === 'entry' ? [] : ([[`feed.${ns === ATOM_NS ? 'updated' : 'modified'}`, feedDate]] as const),
    linkBases: [xmlBaseOf([root], decode.documentUrl), root.name === 'entry' ? undefined : linkOf(root, ns)],
  };
  return {
    format: ns === ATOM_NS ? 'atom' : 'atom03',
    items: entries.map((entry, i) => toItem(entry, ns, context, i)),
  };
}
