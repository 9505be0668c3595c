import { AppError } from '@app/errors';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { withHtmlEntities } from './html-entities.js';
import type { XmlElement } from './xml-node.js';

/** Bounds on the shape of a document, beyond the request's byte limit. */
export const XML_LIMITS = { maxDepth: 64, maxElements: 100_000 } as const;

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

function toElement(tag: SaxesTagNS): XmlElement {
  const attributes: Record<string, string> = {};
  for (const a of Object.values(tag.attributes)) {
    if (a.prefix === 'xmlns' || a.name === 'xmlns') continue;
    const key = a.uri === '' ? a.local : a.uri === XML_NS ? `xml:${a.local}` : `{${a.uri}}${a.local}`;
    attributes[key] = a.value;
  }
  return { name: tag.local, uri: tag.uri, attributes, children: [] };
}

function malformed(parser: SaxesParser<{ xmlns: true; position: true }>, reason: string): AppError {
  const { line, column } = parser;
  return new AppError('MALFORMED_XML', `line ${line}, column ${column}: ${reason}`, { meta: { line, column } });
}

/**
 * Parses XML text strictly into a tree. A DTD is refused outright (no entity can then be declared, so XXE
 * and entity expansion are impossible); besides XML's five entities, the HTML5 named character references
 * (`&nbsp;`, `&mdash;`, `&laquo;`…) that feeds use undeclared resolve to their characters; other entities, bad
 * nesting and any other well-formedness error are `MALFORMED_XML` with the line and column; documents deeper or
 * larger than {@link XML_LIMITS} are refused.
 */
export function parseXmlTree(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  parser.ENTITIES = withHtmlEntities(parser.ENTITIES);
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let elements = 0;
  parser.on('error', (error) => {
    throw malformed(parser, error.message.replace(/^\d+:\d+: /, ''));
  });
  parser.on('doctype', () => {
    throw new AppError('XML_DTD_FORBIDDEN', `line ${parser.line}: documents with a DOCTYPE (DTD) are refused`, {
      meta: { line: parser.line, column: parser.column },
    });
  });
  parser.on('opentag', (tag) => {
    if (++elements > XML_LIMITS.maxElements)
      throw new AppError('XML_TOO_COMPLEX', `more than ${XML_LIMITS.maxElements} XML elements`);
    if (stack.length >= XML_LIMITS.maxDepth)
      throw new AppError('XML_TOO_COMPLEX', `XML nested deeper than ${XML_LIMITS.maxDepth} elements`);
    const element = toElement(tag);
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on('closetag', () => void stack.pop());
  const onText = (t: string) => void stack.at(-1)?.children.push(t);
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.write(text).close();
  if (!root) throw malformed(parser, 'no root element');
  return root;
}
