import type { Gazetteer } from './gazetteer.js';
import type { MorphFeatures } from './morph-features.js';
import { ENTITY_TYPES, type TokenSpan } from './labels.js';
import { splitSentences } from './sentence-splitter.js';
import { TokenInfo } from './token-info.js';
import { createTokenBuffer, tokenizeInto } from './tokenizer.js';

/**
 * Runs a span rule (propagation, quoted names, places) over `text` with the given tagger spans and, if given, a
 * names gazetteer and morphology; returns "TYPE words". A rule that reads words gets each token's text.
 */
export function applySpanRule(
  rule: (t: TokenInfo, spans: TokenSpan[], word: (k: number) => string) => TokenSpan[],
  text: string,
  spans: TokenSpan[] = [],
  gazetteer?: Gazetteer,
  morph?: MorphFeatures,
): string[] {
  const buf = tokenizeInto(text, createTokenBuffer());
  const info = new TokenInfo();
  info.analyse(text, buf, splitSentences(text, buf, []), gazetteer, undefined, morph);
  return rule(info, spans, (k) => text.slice(buf.starts[k], buf.ends[k])).map(
    (s) => `${ENTITY_TYPES[s.type]} ${text.slice(buf.starts[s.first], buf.ends[s.last])}`,
  );
}
