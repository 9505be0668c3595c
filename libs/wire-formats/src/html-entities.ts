import { decodeHTMLStrict } from 'entities/decode';

const ENTITY_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/** The characters of HTML5 named character reference `&name;`, or undefined when HTML has no such name. */
function htmlCharacters(name: string): string | undefined {
  if (!ENTITY_NAME.test(name)) return undefined;
  const reference = `&${name};`;
  const decoded = decodeHTMLStrict(reference);
  return decoded === reference ? undefined : decoded;
}

/**
 * Extends an XML parser's entity table (`amp`, `lt`, `gt`, `quot`, `apos`) with every HTML5 named character
 * reference (`nbsp`, `mdash`, `laquo`…), which RSS feeds and agency NITF use without declaring them. Each
 * expands to one or two fixed characters, never to markup or other entities, so nothing is expanded twice.
 * `entities` keeps the HTML table as a trie with no list of names, hence a lookup when the parser asks for a name.
 */
export function withHtmlEntities(xmlEntities: Record<string, string>): Record<string, string> {
  return new Proxy(xmlEntities, {
    get: (table, name) => (typeof name === 'string' ? (table[name] ?? htmlCharacters(name)) : undefined),
  });
}
