import type { Media, Person } from '@app/contracts';
import { conceptOf, intOf, mediaKindOf, secondsOf } from './metadata-fields.js';
import type { MetadataCandidate } from './wire-document.js';
import { childOf, childrenOf, textOf, type XmlElement } from './xml-node.js';

/** A NewsML-G2 concept: `qcode` or `uri`, a `literal`, and its `name`(s). */
function conceptIn(element: XmlElement) {
  const name = childOf(element, 'name');
  return conceptOf({
    code: element.attributes.qcode ?? element.attributes.literal,
    uri: element.attributes.uri,
    name: textOf(name) ?? element.attributes.literal,
    lang: name?.attributes['xml:lang'],
  });
}

function personIn(element: XmlElement, fallbackRole: string): Partial<Person> {
  return {
    name: textOf(childOf(element, 'name')) ?? element.attributes.literal,
    role: element.attributes.role?.replace(/^[\w-]+:/, '') ?? fallbackRole,
    uri: element.attributes.uri,
  };
}

function remoteContentOf(contentSet: XmlElement | undefined, caption: string | undefined): Partial<Media>[] {
  return childrenOf(contentSet, 'remoteContent').map(({ attributes: a }) => ({
    href: a.href,
    kind: mediaKindOf(undefined, a.contenttype),
    type: a.contenttype,
    rel: a.rendition,
    size: intOf(a.size),
    width: intOf(a.width),
    height: intOf(a.height),
    duration: secondsOf(a.duration),
    caption,
  }));
}

// Links to pictures, video or audio (by content type); the canonical link is the article's URL, not media.
function linkedMediaOf(itemMeta: XmlElement | undefined): Partial<Media>[] {
  return childrenOf(itemMeta, 'link')
    .filter((l) => mediaKindOf(undefined, l.attributes.contenttype) !== 'other')
    .map(({ attributes: a }) => ({
      href: a.href,
      kind: mediaKindOf(undefined, a.contenttype),
      type: a.contenttype,
      rel: a.rel,
      width: intOf(a.width),
      height: intOf(a.height),
      caption: a.title,
    }));
}

const roleOf = (e: XmlElement) => e.attributes.role?.replace(/^[\w-]+:/, '');

/** The metadata of a NewsML-G2 `newsItem`: its content and rights metadata, remote content and media links. */
export function newsmlG2Metadata(item: XmlElement): MetadataCandidate {
  const contentMeta = childOf(item, 'contentMeta');
  const rightsInfo = childOf(item, 'rightsInfo');
  const holder = childOf(rightsInfo, 'copyrightHolder');
  const summary = childrenOf(contentMeta, 'description').find((d) => /summary|^$/.test(roleOf(d) ?? ''));
  return {
    subjects: childrenOf(contentMeta, 'subject').map(conceptIn),
    keywords: childrenOf(contentMeta, 'keyword').map((k) => textOf(k)),
    genres: childrenOf(contentMeta, 'genre').map(conceptIn),
    urgency: intOf(textOf(childOf(contentMeta, 'urgency'))),
    byline: textOf(childOf(contentMeta, 'by')),
    people: [
      ...childrenOf(contentMeta, 'creator').map((c) => personIn(c, 'creator')),
      ...childrenOf(contentMeta, 'contributor').map((c) => personIn(c, 'contributor')),
    ],
    summary: textOf(summary),
    headlines: childrenOf(contentMeta, 'headline')
      .slice(1)
      .map((h) => ({ role: roleOf(h) ?? 'alternative', value: textOf(h) })),
    dateline: textOf(childOf(contentMeta, 'dateline')),
    located: childOf(contentMeta, 'located') && conceptIn(childOf(contentMeta, 'located')!),
    copyright: {
      holder: (holder && (textOf(childOf(holder, 'name')) ?? holder.attributes.literal)) ?? undefined,
      notice: textOf(childOf(rightsInfo, 'copyrightNotice')),
    },
    usageTerms: textOf(childOf(rightsInfo, 'usageTerms')),
    media: [
      ...remoteContentOf(childOf(item, 'contentSet'), textOf(childOf(contentMeta, 'description'))),
      ...linkedMediaOf(childOf(item, 'itemMeta')),
    ],
  };
}
