import { htmlToText, looksLikeHtml } from './html-to-text.js';
import { normaliseTypography } from './typography.js';

/**
 * The published text of an article body: HTML converted to text, Unicode NFC, typography normalised
 * (`normaliseTypography`), spaces collapsed within lines, at most one blank line between paragraphs, trimmed.
 *
 * @example
 * normaliseText('  <p>Казань\u00a0 сегодня</p>  ') // 'Казань сегодня'
 */
export function normaliseText(body: string): string {
  const text = looksLikeHtml(body) ? htmlToText(body) : body;
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split(/\n[\t \u00a0]*\n\s*/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => normaliseTypography(line.replace(/[\t \u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ').trim()))
        .filter((line) => line !== '')
        .join('\n'),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

/** A title: NFC, single spaces, no markup. */
export function normaliseTitle(title: string): string {
  return normaliseText(title).replace(/\s+/g, ' ');
}
