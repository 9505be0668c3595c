export { htmlToText, looksLikeHtml } from './html-to-text.js';
export { escapeHtml, normaliseText, normaliseTitle, textAsHtml } from './normalise-text.js';
export { normaliseTypography } from './typography.js';
export { canonicalUrl } from './canonical-url.js';
export { detectLanguage } from './language.js';
export { estimateJaccard, minhash, minhashBands, MINHASH_BANDS, MINHASH_SIZE } from './minhash.js';
