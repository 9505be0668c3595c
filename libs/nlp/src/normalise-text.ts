import { htmlToText, looksLikeHtml } from './html-to-text.js';
import { INVISIBLE, normaliseTypography, quoteStyleOf } from './typography.js';

/** Whitespace within a line: what `String.prototype.trim` removes, line breaks aside. */
const SPACES = /[\t\v\f \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

/** Lines grouped into paragraphs: a blank line ends one, and paragraphs have no blank lines. */
function paragraphsOf(lines: string[]): string[][] {
  const paragraphs: string[][] = [[]];
  for (const line of lines) {
    if (line !== '') paragraphs.at(-1)!.push(line);
    else if (paragraphs.at(-1)!.length > 0) paragraphs.push([]);
  }
  return paragraphs.filter((paragraph) => paragraph.length > 0);
}

/**
 * The published text of an article body: HTML (when `looksLikeHtml`) converted to text, invisible characters
 * dropped, Unicode NFC, spaces collapsed within lines, typography normalised (`normaliseTypography`, quotes in the
 * style of the whole text), one
 * blank line between paragraphs, trimmed. Idempotent on its output whenever that output has no markup of its
 * own (`looksLikeHtml`); and the output, rendered as HTML paragraphs with `& < >` escaped and `<br>` for a
 * line break, converts back to itself.
 *
 * @example
 * normaliseText('  <p>Казань\u00a0 сегодня</p>  ') // 'Казань сегодня'
 */
export function normaliseText(body: string): string {
  const text = looksLikeHtml(body) ? htmlToText(body) : body;
  // Invisible characters go first, before NFC and before spaces are collapsed, so that «слово \u200b слово» does not
  // keep two spaces and «e\u200d\u0301» composes: the result is stable.
  const composed = text.replace(INVISIBLE, '').normalize('NFC');
  const lines = composed.split(/\r\n?|\n/).map((line) => line.replace(SPACES, ' ').trim());
  // One style for the whole text, so a Latin line in a Russian article matches the rest; read after NFC, as the
  // output is, or a second pass could read another («r» + accent is one letter «ŕ» only once composed).
  const style = quoteStyleOf(composed);
  return paragraphsOf(lines)
    .map((paragraph) => paragraph.map((line) => normaliseTypography(line, style)).join('\n'))
    .join('\n\n');
}

/** A title: NFC, single spaces, no markup. */
export function normaliseTitle(title: string): string {
  return normaliseText(title).replace(/\s+/g, ' ');
}

/** `& < >` as character references: text that reads as itself when parsed as HTML (a title sent again, say). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Published text as HTML that `normaliseText` turns back into exactly that text: a `<p>` per paragraph, `<br>` per
 * line break, `& < >` escaped. Sending the text itself would not do: text that quotes markup («тег <br>», «&lt;»)
 * reads as HTML again and changes.
 *
 * @example
 * normaliseText(textAsHtml('Тег <br> и &lt;\n\nВторой абзац')) // 'Тег <br> и &lt;\n\nВторой абзац'
 */
export function textAsHtml(text: string): string {
  return text
    .split('\n\n')
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}
