export type {
  DecodeContext,
  DecodedEntry,
  ItemError,
  Repair,
  RepairCode,
  WireDocument,
  WireItem,
} from './wire-document.js';
export { decodeWireDocument, mediaTypeOf, parseFeedDocument, parseJsonPayload } from './wire-document.decoder.js';
export { looksLikeNinjs } from './ninjs.parser.js';
export { looksLikeJsonFeed } from './json-feed.parser.js';
export { XML_LIMITS } from './xml-tree.parser.js';
