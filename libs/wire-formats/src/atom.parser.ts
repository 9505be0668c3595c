import { childOf, childrenOf, innerHtmlOf, textOf, type XmlElement } from './xml-node.js';
import { toWireItem } from './wire-item.builder.js';
import type { WireDocument } from './wire-document.js';
import { atomMetadata } from './atom.metadata.js';

/** The Atom 1.0 namespace. */
export const ATOM_NS = 'http://www.w3.org/2005/Atom';

// `type="xhtml"` content is a `div` of markup; `text` and `html` are character data.
function textConstruct(element: XmlElement | undefined): string | undefined {
  if (element?.attributes.type !== 'xhtml') return textOf(element);
  const div = childOf(element, 'div');
  return innerHtmlOf(div ?? element);
}

function linkOf(entry: XmlElement): string | undefined {
  const links = childrenOf(entry, 'link', ATOM_NS);
  return (links.find((l) => (l.attributes.rel ?? 'alternate') === 'alternate') ?? links[0])?.attributes.href;
}

function toItem(entry: XmlElement, feedLang: string | undefined, index: number): WireDocument['items'][number] {
  const id = textOf(childOf(entry, 'id', ATOM_NS));
  const updated = textOf(childOf(entry, 'updated', ATOM_NS));
  return toWireItem(
    {
      externalId: id,
      title: textConstruct(childOf(entry, 'title', ATOM_NS)),
      body: textConstruct(childOf(entry, 'content', ATOM_NS)) ?? textConstruct(childOf(entry, 'summary', ATOM_NS)),
      url: linkOf(entry),
      publishedAt: textOf(childOf(entry, 'published', ATOM_NS)) ?? updated,
      versionCreated: updated,
      lang: entry.attributes['xml:lang'] ?? feedLang,
      sourceIds: { id },
      metadata: atomMetadata(entry),
    },
    index,
  );
}

/** An Atom 1.0 feed (every entry is an article) or a lone entry document. */
export function parseAtom(root: XmlElement): WireDocument {
  const entries = root.name === 'entry' ? [root] : childrenOf(root, 'entry', ATOM_NS);
  return { format: 'atom', items: entries.map((entry, i) => toItem(entry, root.attributes['xml:lang'], i)) };
}
