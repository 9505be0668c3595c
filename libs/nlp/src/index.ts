export { htmlToText, looksLikeHtml } from './html-to-text.js';
export { normaliseText, normaliseTitle } from './normalise-text.js';
