/** An element of a parsed XML document, with namespaces resolved. */
export interface XmlElement {
  /** Local name, without prefix. */
  name: string;
  /** Namespace URI, `''` when none. */
  uri: string;
  /** Attributes by local name; namespaced ones (other than `xml:*`) by `{uri}local`. */
  attributes: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export function isElement(node: XmlNode | undefined): node is XmlElement {
  return typeof node === 'object';
}

/** The child elements of `element` named `name` (in namespace `uri`, when given). */
export function childrenOf(element: XmlElement | undefined, name: string, uri?: string): XmlElement[] {
  return (element?.children ?? []).filter(
    (c): c is XmlElement => isElement(c) && c.name === name && (uri === undefined || c.uri === uri),
  );
}

/** The first child element named `name`. */
export function childOf(element: XmlElement | undefined, name: string, uri?: string): XmlElement | undefined {
  return childrenOf(element, name, uri)[0];
}

/** Follows a path of child names, taking the first match at each step. */
export function pathOf(element: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  return names.reduce<XmlElement | undefined>((node, name) => childOf(node, name), element);
}

/** All text inside `element`, trimmed; `undefined` when there is none. */
export function textOf(element: XmlElement | undefined): string | undefined {
  if (!element) return undefined;
  const text = element.children
    .map((c) => (isElement(c) ? (textOf(c) ?? '') : c))
    .join('')
    .trim();
  return text === '' ? undefined : text;
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => escapes[c]!);
const VOID = new Set(['br', 'hr', 'img']);

function serialize(node: XmlNode): string {
  if (!isElement(node)) return escape(node);
  const attributes = Object.entries(node.attributes)
    .filter(([name]) => !name.includes(':') && !name.startsWith('{'))
    .map(([name, value]) => ` ${name}="${escape(value)}"`)
    .join('');
  if (VOID.has(node.name)) return `<${node.name}${attributes}>`;
  return `<${node.name}${attributes}>${node.children.map(serialize).join('')}</${node.name}>`;
}

/**
 * The content of an element holding XHTML (NewsML-G2 `inlineXML`, NITF `body.content`, Atom `xhtml`) as
 * HTML without namespace prefixes, so that the processor's HTML-to-text keeps its paragraphs.
 */
export function innerHtmlOf(element: XmlElement | undefined): string | undefined {
  const html = element?.children.map(serialize).join('').trim();
  return html === '' ? undefined : html;
}
