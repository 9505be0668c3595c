import { readFileSync } from 'node:fs';
import { isElement, type XmlElement } from './xml-node.js';
import { parseXmlTree, XML_LIMITS } from './xml-tree.parser.js';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/wire/${name}`, import.meta.url), 'utf8');

function thrown(run: () => unknown): { code?: string; message?: string; meta?: Record<string, unknown> } {
  try {
    run();
  } catch (error) {
    return error as { code: string };
  }
  throw new Error('expected an error');
}

describe('parseXmlTree', () => {
  it('resolves namespaces and keeps attributes, xml:lang and text', () => {
    const root = parseXmlTree(
      '<a xmlns="urn:x" xmlns:b="urn:b" xml:lang="ru" id="1"><b:c b:k="v">Привет &amp; пока</b:c></a>',
    );
    expect(root).toMatchObject({ name: 'a', uri: 'urn:x', attributes: { 'xml:lang': 'ru', id: '1' } });
    const child = root.children.find(isElement) as XmlElement;
    expect(child).toEqual({ name: 'c', uri: 'urn:b', attributes: { '{urn:b}k': 'v' }, children: ['Привет & пока'] });
  });

  it.each(['xxe.xml', 'billion-laughs.xml'])('refuses any DOCTYPE outright (%s)', (name) => {
    expect(thrown(() => parseXmlTree(fixture(name)))).toMatchObject({ code: 'XML_DTD_FORBIDDEN' });
  });

  it('reports malformed XML with its line and column', () => {
    const error = thrown(() => parseXmlTree(fixture('malformed.xml')));
    expect(error).toMatchObject({ code: 'MALFORMED_XML', meta: { line: 5 } });
    expect(error.message).toMatch(/^line 5, column \d+: unexpected close tag/);
    expect(error.meta?.column).toBeGreaterThan(1);
  });

  it('resolves the named entities of HTML in text and attributes, next to the five of XML and numeric ones', () => {
    const root = parseXmlTree(
      '<a title="&laquo;Татнефть&raquo;">&nbsp;&mdash;&hellip;&copy;&amp;&#x2116;&NotEqualTilde;</a>',
    );
    expect(root).toMatchObject({
      attributes: { title: '«Татнефть»' },
      children: ['\u00a0\u2014\u2026\u00a9&\u2116\u2242\u0338'],
    });
  });

  it.each(['&foo;', '&nbsp', '&notit;', '&amp&nbsp;'])(
    'refuses an entity that neither XML nor HTML defines (%s)',
    (entity) => {
      const error = thrown(() => parseXmlTree(`<a>\n  ${entity}</a>`));
      expect(error).toMatchObject({ code: 'MALFORMED_XML', meta: { line: 2 } });
      expect(error.meta?.column).toBeGreaterThan(1);
    },
  );

  it('refuses documents nested deeper than the limit', () => {
    const deep = '<a>'.repeat(XML_LIMITS.maxDepth + 1) + '</a>'.repeat(XML_LIMITS.maxDepth + 1);
    expect(thrown(() => parseXmlTree(deep))).toMatchObject({ code: 'XML_TOO_COMPLEX' });
    expect(() => parseXmlTree('<a>'.repeat(XML_LIMITS.maxDepth) + '</a>'.repeat(XML_LIMITS.maxDepth))).not.toThrow();
  });

  it('refuses documents with more elements than the limit', () => {
    const wide = `<a>${'<b/>'.repeat(XML_LIMITS.maxElements)}</a>`;
    expect(thrown(() => parseXmlTree(wide))).toMatchObject({ code: 'XML_TOO_COMPLEX' });
  });

  it('refuses an empty document and text outside the root', () => {
    expect(thrown(() => parseXmlTree(''))).toMatchObject({ code: 'MALFORMED_XML' });
    expect(thrown(() => parseXmlTree('<a/>trailing'))).toMatchObject({ code: 'MALFORMED_XML' });
  });
});
