import type { Media, Person } from '@app/contracts';
import { conceptOf, intOf, mediaKindOf, secondsOf } from './metadata-fields.js';
import type { MetadataCandidate } from './wire-document.js';
import { childOf, childrenOf, textOf, type XmlElement } from './xml-node.js';

const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/';
const DC_NS = 'http://purl.org/dc/elements/1.1/';
const MEDIA_NS = 'http://search.yahoo.com/mrss/';
const ITUNES_NS = 'http://www.itunes.com/dtds/podcast-1.0.dtd';

/** RSS `author` is an e-mail address, by custom `jane@example.com (Jane Roe)`. */
function authorOf(text: string | undefined): Partial<Person> {
  const match = /^\s*(\S+@\S+)\s*\(([^)]+)\)\s*$/.exec(text ?? '');
  if (match) return { name: match[2], email: match[1], role: 'author' };
  return text?.includes('@') && !text.includes(' ')
    ? { name: text, email: text, role: 'author' }
    : { name: text, role: 'author' };
}

const keywordsOf = (element: XmlElement | undefined) => textOf(element)?.split(',') ?? [];

/** One Media RSS `media:content` or `media:thumbnail`, with the caption and credit of its own or its group's. */
function mediaRssItem(element: XmlElement, parents: XmlElement[]): Partial<Media> {
  const a = element.attributes;
  const nearest = (name: string) => [element, ...parents].map((e) => textOf(childOf(e, name, MEDIA_NS))).find(Boolean);
  const thumbnail = element.name === 'thumbnail';
  return {
    href: a.url,
    kind: thumbnail ? 'picture' : mediaKindOf(a.medium, a.type),
    type: a.type,
    rel: thumbnail ? 'thumbnail' : undefined,
    size: intOf(a.fileSize),
    width: intOf(a.width),
    height: intOf(a.height),
    duration: secondsOf(a.duration),
    caption: nearest('description') ?? nearest('title'),
    credit: nearest('credit'),
  };
}

/**
 * The Media RSS references of an RSS item or Atom entry: `media:content` and `media:thumbnail`, on their own or
 * in a `media:group`.
 */
export function mediaRssOf(item: XmlElement): Partial<Media>[] {
  const groups = childrenOf(item, 'group', MEDIA_NS);
  const inside = (parent: XmlElement, parents: XmlElement[]) =>
    [...childrenOf(parent, 'content', MEDIA_NS), ...childrenOf(parent, 'thumbnail', MEDIA_NS)].map((e) =>
      mediaRssItem(e, parents),
    );
  return [...inside(item, [item]), ...groups.flatMap((g) => inside(g, [g, item]))];
}

function enclosuresOf(item: XmlElement): Partial<Media>[] {
  return childrenOf(item, 'enclosure').map((e) => ({
    href: e.attributes.url,
    kind: mediaKindOf(undefined, e.attributes.type),
    type: e.attributes.type,
    rel: 'enclosure',
    size: intOf(e.attributes.length),
    duration: secondsOf(textOf(childOf(item, 'duration', ITUNES_NS))),
  }));
}

function subjectsOf(item: XmlElement) {
  return [
    ...childrenOf(item, 'category', '').map((c) =>
      conceptOf({ code: textOf(c), name: textOf(c), scheme: c.attributes.domain }),
    ),
    ...childrenOf(item, 'subject', DC_NS).map((s) => conceptOf({ name: textOf(s) })),
    ...childrenOf(item, 'category', ITUNES_NS).map((c) => conceptOf({ name: c.attributes.text, scheme: 'itunes' })),
  ];
}

function peopleOf(item: XmlElement): Partial<Person>[] {
  return [
    ...childrenOf(item, 'author', '').map((a) => authorOf(textOf(a))),
    ...childrenOf(item, 'creator', DC_NS).map((c) => ({ name: textOf(c), role: 'creator' })),
    ...childrenOf(item, 'contributor', DC_NS).map((c) => ({ name: textOf(c), role: 'contributor' })),
    ...childrenOf(item, 'author', ITUNES_NS).map((a) => ({ name: textOf(a), role: 'author' })),
  ];
}

/**
 * The metadata of an RSS 2.0 item, with Dublin Core, Media RSS, `content:encoded` and iTunes: the description is
 * the summary when `content:encoded` carries the body.
 */
export function rssMetadata(item: XmlElement): MetadataCandidate {
  const people = peopleOf(item);
  const image = childOf(item, 'image', ITUNES_NS)?.attributes.href;
  return {
    subjects: subjectsOf(item),
    keywords: [...keywordsOf(childOf(item, 'keywords', MEDIA_NS)), ...keywordsOf(childOf(item, 'keywords', ITUNES_NS))],
    byline: people[0]?.name,
    people,
    summary: childOf(item, 'encoded', CONTENT_NS)
      ? textOf(childOf(item, 'description', ''))
      : (textOf(childOf(item, 'summary', ITUNES_NS)) ?? textOf(childOf(item, 'subtitle', ITUNES_NS))),
    copyright: { notice: textOf(childOf(item, 'rights', DC_NS)) ?? textOf(childOf(item, 'copyright', MEDIA_NS)) },
    usageTerms: textOf(childOf(item, 'license', MEDIA_NS)),
    media: [
      ...enclosuresOf(item),
      ...mediaRssOf(item),
      ...(image ? [{ href: image, kind: 'picture' as const, rel: 'itunes:image' }] : []),
    ],
  };
}
