import { childOf, innerHtmlOf, pathOf, textOf, type XmlElement } from './xml-node.js';
import { toWireItem } from './wire-item.builder.js';
import type { DecodeContext, WireDocument } from './wire-document.js';
import { nitfMetadata } from './nitf.metadata.js';

// NITF's `management-status` has `embargoed` besides the three kill-relevant statuses; the date carries the embargo.
function pubStatusOf(docdata: XmlElement | undefined): string | undefined {
  const status = docdata?.attributes['management-status'];
  return status === 'embargoed' ? 'usable' : status;
}

const normOf = (element: XmlElement | undefined) => element?.attributes.norm;

/** An NITF 3.x document: one article. */
export function parseNitf(root: XmlElement, context: DecodeContext = {}): WireDocument {
  const head = childOf(root, 'head');
  const docdata = childOf(head, 'docdata');
  const body = childOf(root, 'body');
  const docId = childOf(docdata, 'doc-id')?.attributes['id-string'];
  const duKey = childOf(docdata, 'du-key');
  const issued = normOf(childOf(docdata, 'date.issue'));
  const candidate = {
    externalId: docId,
    version: duKey?.attributes.version,
    title: textOf(pathOf(body, 'body.head', 'hedline', 'hl1')) ?? textOf(childOf(head, 'title')),
    body: innerHtmlOf(childOf(body, 'body.content')),
    url: childOf(head, 'pubdata')?.attributes['ex-ref'],
    dates: [['date.issue', issued]] as const,
    embargoedUntil: normOf(childOf(docdata, 'date.release')),
    pubStatus: pubStatusOf(docdata),
    lang: root.attributes['xml:lang'] ?? body?.attributes['xml:lang'] ?? root.attributes.baselang,
    sourceIds: {
      'doc-id': docId,
      regsrc: childOf(docdata, 'doc-id')?.attributes.regsrc,
      'du-key': duKey?.attributes.key,
    },
    metadata: nitfMetadata(root),
  };
  return { format: 'nitf', items: [toWireItem(candidate, 0, context)] };
}
