import { decodeHTMLStrict } from 'entities/decode';
import { Parser } from 'htmlparser2';

/**
 * Elements whose content is never article text: the document head (its `<title>` is the page's, not the
 * body's), code, media and their fallback text («Ваш браузер не поддерживает видео»), forms, navigation.
 */
const DROPPED = new Set([
  'head',
  'title',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'svg',
  'canvas',
  'video',
  'audio',
  'nav',
  'form',
  'button',
  'select',
  'textarea',
  'datalist',
]);
/** Sectioning content: a header, footer or aside inside one belongs to it, not to the page. */
const SECTIONS = new Set(['article', 'section', 'aside']);
/** Elements that end a paragraph; the last few are NITF `body.content`'s own blocks. */
const BLOCKS = new Set([
  'html',
  'body',
  'main',
  'article',
  'section',
  'header',
  'footer',
  'aside',
  'nav',
  'form',
  'div',
  'p',
  'blockquote',
  'pre',
  'address',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hgroup',
  'hr',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'caption',
  'figure',
  'figcaption',
  'details',
  'summary',
  'fieldset',
  'legend',
  'center',
  'hl1',
  'hl2',
  'block',
  'bq',
  'media',
  'media-caption',
  'media-producer',
]);
/** Table cells: separated by a space so `<td>Москва</td><td>5</td>` does not read «Москва5»; a row is a line. */
const CELLS = new Set(['td', 'th']);
/** Whitespace as HTML defines it (ASCII only: a no-break space is a character, not layout). */
const HTML_SPACE = /[\t\n\f\r ]+/g;

/** What an open element does to the elements and text inside it. */
type Scope = 'drop' | 'section' | 'main' | 'pre' | 'none';

/**
 * The scope an element opens. `header`, `footer` and `aside` are boilerplate only at page level, as HTML-AAM
 * maps them to the banner, contentinfo and complementary landmarks: a header or footer inside an
 * article, section or main, and an aside inside an article or section, are the article's own (headline, lead,
 * fact box). `nav` is navigation wherever it is.
 */
function scopeOf(name: string, sections: number, mains: number): Scope {
  if (DROPPED.has(name)) return 'drop';
  if (name === 'header' || name === 'footer') return sections + mains === 0 ? 'drop' : 'none';
  if (name === 'aside') return sections === 0 ? 'drop' : 'section';
  if (SECTIONS.has(name)) return 'section';
  if (name === 'main') return 'main';
  return name === 'pre' ? 'pre' : 'none';
}

/** Paragraphs of lines, built as the parser goes; lines are trimmed and have single spaces. */
class TextLayout {
  private readonly paragraphs: string[] = [];
  private lines: string[] = [];
  private line = '';

  append(text: string): void {
    this.line += text;
  }

  /** Ends the line. A forced break (`<br>`) on an empty line makes a blank line, i.e. a paragraph break. */
  lineBreak(forced: boolean): void {
    const line = this.line.replace(/ {2,}/g, ' ').trim();
    this.line = '';
    if (line !== '') this.lines.push(line);
    else if (forced) this.paragraphBreak();
  }

  paragraphBreak(): void {
    this.lineBreak(false);
    if (this.lines.length > 0) this.paragraphs.push(this.lines.join('\n'));
    this.lines = [];
  }

  finish(): string {
    this.paragraphBreak();
    return this.paragraphs.join('\n\n');
  }
}

/** The break an opening tag makes (a dropped block still ends the paragraph before it, as it would on screen). */
function layoutOpen(layout: TextLayout, name: string): void {
  if (BLOCKS.has(name)) layout.paragraphBreak();
  else if (name === 'br') layout.lineBreak(true);
  else if (name === 'tr') layout.lineBreak(false);
  else if (CELLS.has(name)) layout.append(' ');
}

/** `<pre>` text: its newlines are line breaks, and a blank line a paragraph break. */
function layoutPreformatted(layout: TextLayout, text: string): void {
  text.split(/\r\n?|\n/).forEach((line, i) => {
    if (i > 0) layout.lineBreak(true);
    layout.append(line.replace(HTML_SPACE, ' '));
  });
}

/**
 * Converts HTML to plain text as a browser lays it out: one blank line between paragraphs (block elements,
 * or `<br><br>`), a line break for `<br>` and each table row, a space between table cells. Source whitespace,
 * newlines included, is a single space (except in `<pre>`). Boilerplate is dropped with its content (see
 * `DROPPED` and `scopeOf`); figure captions are kept as paragraphs of their own.
 *
 * @example
 * htmlToText('<p>Один &amp;\n два</p><script>x()</script><p>Три</p>') // 'Один & два\n\nТри'
 */
export function htmlToText(html: string): string {
  const layout = new TextLayout();
  const open: Scope[] = [];
  let dropped = 0;
  let sections = 0;
  let mains = 0;
  let pre = 0;
  const count = (scope: Scope | undefined, by: 1 | -1) => {
    if (scope === 'drop') dropped += by;
    else if (scope === 'section') sections += by;
    else if (scope === 'main') mains += by;
    else if (scope === 'pre') pre += by;
  };
  const parser = new Parser(
    {
      onopentagname(name) {
        if (dropped === 0) layoutOpen(layout, name);
        const scope = scopeOf(name, sections, mains);
        open.push(scope);
        count(scope, 1);
      },
      ontext(text) {
        if (dropped === 0 && pre === 0) layout.append(text.replace(HTML_SPACE, ' '));
        else if (dropped === 0) layoutPreformatted(layout, text);
      },
      onclosetag(name) {
        count(open.pop(), -1);
        if (dropped === 0 && BLOCKS.has(name)) layout.paragraphBreak();
        else if (dropped === 0 && name === 'tr') layout.lineBreak(false);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return layout.finish();
}

/** HTML elements an article body may use (for start tags; any end tag counts as markup). */
const ELEMENTS = new Set([
  'a',
  'abbr',
  'address',
  'area',
  'article',
  'aside',
  'audio',
  'b',
  'bdi',
  'bdo',
  'big',
  'blockquote',
  'body',
  'br',
  'button',
  'canvas',
  'caption',
  'center',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'embed',
  'figcaption',
  'figure',
  'font',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'head',
  'header',
  'hgroup',
  'hr',
  'html',
  'i',
  'iframe',
  'img',
  'input',
  'ins',
  'kbd',
  'label',
  'li',
  'link',
  'main',
  'mark',
  'meta',
  'nav',
  'noscript',
  'object',
  'ol',
  'p',
  'picture',
  'pre',
  'q',
  's',
  'samp',
  'script',
  'section',
  'select',
  'small',
  'source',
  'span',
  'strike',
  'strong',
  'style',
  'sub',
  'summary',
  'sup',
  'svg',
  'table',
  'tbody',
  'td',
  'template',
  'tfoot',
  'th',
  'thead',
  'time',
  'title',
  'tr',
  'track',
  'u',
  'ul',
  'video',
  'wbr',
]);
/** An end tag, `</p>` or NITF's `</hl2>`: text has no reason to write one. */
const END_TAG = /<\/[a-z][a-z0-9.-]*\s*>/i;
/** A void element, which has no end tag to find: `<br>`, `<br/>`, `<img src=…>`. */
const VOID_TAG = /<(?:br|hr|img|wbr|embed|source|track|input|meta|link|area|col|param)(?:\s[^<>]*)?\/?>/i;
/** A start tag with an attribute, `<p class="lead">` (no scan passes a `<`, so the search stays linear). */
const START_TAG_WITH_ATTRIBUTE =
  /<([a-z][a-z0-9]*)\s+[a-z_:][-a-z0-9_:.]*\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'=<>`]+)[^<>]*>/gi;
/** A body that opens with a start tag: `<p>Один<p>Два`. */
const LEADING_TAG = /^\s*<([a-z][a-z0-9]*)\s*\/?>/i;
const DOCTYPE = /<!doctype\s+html/i;
/** A character reference: numeric, or named (then checked against HTML's table). */
const CHARACTER_REFERENCE = /&(?:#\d+|#x[0-9a-f]+|([a-z][a-z0-9]*));/gi;

/** A `<!-- … -->` comment, found with two scans where a lazy regex would rescan the rest at each `<!--`. */
function hasComment(text: string): boolean {
  const start = text.indexOf('<!--');
  return start >= 0 && text.includes('-->', start + 4);
}

/** A tag only markup writes: an end tag, a void element, an HTML start tag with an attribute or opening the text. */
function hasTag(text: string): boolean {
  if (END_TAG.test(text) || VOID_TAG.test(text) || DOCTYPE.test(text) || hasComment(text)) return true;
  if (ELEMENTS.has(LEADING_TAG.exec(text)?.[1]?.toLowerCase() ?? '')) return true;
  for (const [, name = ''] of text.matchAll(START_TAG_WITH_ATTRIBUTE))
    if (ELEMENTS.has(name.toLowerCase())) return true;
  return false;
}

/** A character reference HTML defines: `&amp;`, `&nbsp;`, `&#171;` (not `AT&T;` or `&foo;`). */
function hasCharacterReference(text: string): boolean {
  for (const [reference, name] of text.matchAll(CHARACTER_REFERENCE))
    if (name === undefined || decodeHTMLStrict(reference) !== reference) return true;
  return false;
}

/**
 * True when `text` has real markup and is to be parsed as HTML (`hasTag`, `hasCharacterReference`). Text that
 * merely contains `<` and `>` (`<press@tass.ru>`, `a<b и c>d`, a mention of the `<script>` tag) is plain and
 * keeps them. Published text that quotes markup (`&lt;`, `</p>`, `<br>`) reads as HTML again: no rule can tell
 * it from a body that is HTML, so such text goes back through the pipeline escaped, not as a plain body.
 */
export function looksLikeHtml(text: string): boolean {
  return /[<&]/.test(text) && (hasTag(text) || hasCharacterReference(text));
}
