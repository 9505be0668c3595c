import { ENTITY_TYPES, type TokenSpan } from './labels.js';

const [PER, ORG] = [ENTITY_TYPES.indexOf('PER'), ENTITY_TYPES.indexOf('ORG')];

/**
 * English only: two spans with nothing between them, one an organisation and neither a person, are one
 * organisation's name that the tagger cut ("U.S." LOC + "Environmental Protection Agency" ORG, "Sony" + "Australia").
 */
export function joinAdjacentOrganisations(spans: readonly TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    const join =
      prev && prev.last + 1 === s.first && prev.type !== PER && s.type !== PER && (prev.type === ORG || s.type === ORG);
    if (join) out[out.length - 1] = { first: prev.first, last: s.last, type: ORG };
    else out.push(s);
  }
  return out;
}
