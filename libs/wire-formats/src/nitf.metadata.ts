import type { Media, Person } from '@app/contracts';
import { conceptOf, intOf, mediaKindOf } from './metadata-fields.js';
import type { MetadataCandidate } from './wire-document.js';
import { childOf, childrenOf, isElement, textOf, type XmlElement } from './xml-node.js';

/** Every element named `name` below `element` (the tree is already depth-limited by the XML parser). */
function descendantsOf(element: XmlElement | undefined, name: string): XmlElement[] {
  return (element?.children ?? [])
    .filter(isElement)
    .flatMap((c) => [...(c.name === name ? [c] : []), ...descendantsOf(c, name)]);
}

// `tobject.subject` carries an IPTC Subject Code (`refnum`) and its names from broad to narrow.
function subjectsOf(head: XmlElement | undefined) {
  return descendantsOf(childOf(head, 'tobject'), 'tobject.subject').map(({ attributes: a }) =>
    conceptOf({
      code: a['tobject.subject.refnum'] ? `subj:${a['tobject.subject.refnum']}` : undefined,
      name: a['tobject.subject.detail'] ?? a['tobject.subject.matter'] ?? a['tobject.subject.type'],
      scheme: a['tobject.subject.ipr'],
    }),
  );
}

function mediaOf(body: XmlElement | undefined): Partial<Media>[] {
  return descendantsOf(childOf(body, 'body.content'), 'media').flatMap((media) => {
    const caption = textOf(childOf(media, 'media-caption'));
    const credit = textOf(childOf(media, 'media-producer'));
    return childrenOf(media, 'media-reference').map(({ attributes: a }) => ({
      href: a.source ?? a['data-location'],
      kind: mediaKindOf(media.attributes['media-type'], a['mime-type']),
      type: a['mime-type'],
      size: intOf(a['data-size'] ?? a['source-size']),
      width: intOf(a.width),
      height: intOf(a.height),
      caption,
      credit,
    }));
  });
}

function peopleOf(bodyHead: XmlElement | undefined): Partial<Person>[] {
  const byline = childOf(bodyHead, 'byline');
  const people = childrenOf(byline, 'person').map((p) => ({ name: textOf(p), role: 'author' }));
  return [
    ...(people.length > 0 ? people : [{ name: textOf(byline)?.replace(/^by\s+/i, ''), role: 'author' }]),
    ...childrenOf(bodyHead, 'distributor').map((d) => ({ name: textOf(d), role: 'distributor' })),
  ];
}

/** The metadata of an NITF 3.x document: subjects, keywords, urgency, byline, abstract, dateline, rights, media. */
export function nitfMetadata(root: XmlElement): MetadataCandidate {
  const head = childOf(root, 'head');
  const docdata = childOf(head, 'docdata');
  const body = childOf(root, 'body');
  const bodyHead = childOf(body, 'body.head');
  const dateline = childOf(bodyHead, 'dateline');
  const copyright = childOf(docdata, 'doc.copyright')?.attributes;
  const property = childOf(childOf(head, 'tobject'), 'tobject.property')?.attributes['tobject.property.type'];
  return {
    subjects: subjectsOf(head),
    keywords: descendantsOf(childOf(docdata, 'key-list'), 'keyword').map((k) => k.attributes.key),
    genres: [conceptOf({ name: property })],
    urgency: intOf(childOf(docdata, 'urgency')?.attributes['ed-urg']),
    byline: textOf(childOf(bodyHead, 'byline')),
    people: peopleOf(bodyHead),
    summary: textOf(childOf(bodyHead, 'abstract')),
    headlines: childrenOf(childOf(bodyHead, 'hedline'), 'hl2').map((h) => ({ role: 'subheadline', value: textOf(h) })),
    dateline: textOf(dateline),
    located: conceptOf({ name: textOf(childOf(dateline, 'location')) }),
    copyright: {
      holder: copyright?.holder,
      notice: copyright?.holder && `© ${[copyright.year, copyright.holder].filter(Boolean).join(' ')}`,
    },
    usageTerms: childOf(docdata, 'doc.rights')?.attributes.limitations,
    media: mediaOf(body),
  };
}
