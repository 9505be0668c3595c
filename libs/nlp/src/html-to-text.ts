import { Parser } from 'htmlparser2';

/** Elements whose content is never article text. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'figure']);
/** Elements that end a paragraph. */
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'main', 'blockquote', 'pre', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'address']);

/**
 * Converts HTML to plain text with one blank line between paragraphs; `<br>` becomes a line break.
 * Boilerplate containers (navigation, headers, footers, forms, scripts) are dropped with their content.
 *
 * @example
 * htmlToText('<p>Один &amp; два</p><script>x()</script><p>Три</p>') // 'Один & два\n\nТри'
 */
export function htmlToText(html: string): string {
  const paragraphs: string[] = [];
  let current = '';
  let dropDepth = 0;
  const flush = () => {
    if (current.trim() !== '') paragraphs.push(current);
    current = '';
  };
  const parser = new Parser(
    {
      onopentagname(name) {
        if (DROPPED.has(name)) dropDepth++;
        else if (dropDepth === 0 && BLOCKS.has(name)) flush();
        else if (dropDepth === 0 && name === 'br') current += '\n';
      },
      ontext(text) {
        if (dropDepth === 0) current += text;
      },
      onclosetag(name, isImplied) {
        if (DROPPED.has(name)) dropDepth = Math.max(0, dropDepth - 1);
        else if (dropDepth === 0 && BLOCKS.has(name) && !isImplied) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return paragraphs.join('\n\n');
}

/** True when `text` contains markup worth parsing (a tag or an entity). */
export function looksLikeHtml(text: string): boolean {
  return /<[a-zA-Z!/][^>]*>|&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(text);
}
