import type { Media, Person } from '@app/contracts';
import { conceptOf, intOf, mediaKindOf } from './metadata-fields.js';
import { mediaRssOf } from './rss.metadata.js';
import type { MetadataCandidate } from './wire-document.js';
import { childOf, childrenOf, textOf, type XmlElement } from './xml-node.js';

const ATOM_NS = 'http://www.w3.org/2005/Atom';

function personOf(element: XmlElement, role: string): Partial<Person> {
  return {
    name: textOf(childOf(element, 'name', ATOM_NS)),
    role,
    uri: textOf(childOf(element, 'uri', ATOM_NS)),
    email: textOf(childOf(element, 'email', ATOM_NS)),
  };
}

function enclosuresOf(entry: XmlElement): Partial<Media>[] {
  return childrenOf(entry, 'link', ATOM_NS)
    .filter((l) => l.attributes.rel === 'enclosure')
    .map((l) => ({
      href: l.attributes.href,
      kind: mediaKindOf(undefined, l.attributes.type),
      type: l.attributes.type,
      rel: 'enclosure',
      size: intOf(l.attributes.length),
      caption: l.attributes.title,
    }));
}

/** The metadata of an Atom 1.0 entry: categories, authors and contributors, summary, rights, enclosures, Media RSS. */
export function atomMetadata(entry: XmlElement): MetadataCandidate {
  const authors = childrenOf(entry, 'author', ATOM_NS).map((a) => personOf(a, 'author'));
  return {
    subjects: childrenOf(entry, 'category', ATOM_NS).map(({ attributes: a }) =>
      conceptOf({
        code: a.term,
        uri: a.scheme && a.term && /[/#]$/.test(a.scheme) ? a.scheme + a.term : undefined,
        scheme: a.scheme,
        name: a.label,
      }),
    ),
    byline: authors.flatMap((a) => (a.name ? [a.name] : [])).join(', ') || undefined,
    people: [...authors, ...childrenOf(entry, 'contributor', ATOM_NS).map((c) => personOf(c, 'contributor'))],
    summary: childOf(entry, 'content', ATOM_NS) ? textOf(childOf(entry, 'summary', ATOM_NS)) : undefined,
    copyright: { notice: textOf(childOf(entry, 'rights', ATOM_NS)) },
    media: [...enclosuresOf(entry), ...mediaRssOf(entry)],
  };
}
