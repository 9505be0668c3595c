import { dropDemonyms } from './english-demonyms.js';
import { tagAcronyms } from './english-acronyms.js';
import { joinAdjacentOrganisations } from './english-adjacent.js';
import { tagAfterHonorifics } from './english-honorifics.js';
import { tagSurnameRepeats } from './english-repeats.js';
import { joinCorporateSuffixes } from './english-suffixes.js';
import { dropLeadingTitles } from './english-titles.js';
import { CompactWeights } from './compact-weights.js';
import { DocContext } from './doc-context.js';
import { GAZ_PLACE, Gazetteer } from './gazetteer.js';
import { ENTITY_TYPES, type EntityType, labelsToSpans, type TokenSpan } from './labels.js';
import type { ModelData } from './model.codec.js';
import { extendLeadingAdjectives } from './leading-adjectives.js';
import { MorphFeatures } from './morph-features.js';
import { loadMorphology, type Morphology } from './morphology/index.js';
import { splitSentences } from './sentence-splitter.js';
import { dropGeoAdjectives } from './geo-adjectives.js';
import { joinNameParticles } from './name-particles.js';
import { tagPlaceNames } from './place-names.js';
import { propagateSpans } from './span-propagation.js';
import { completeQuotedNames, tagQuotedNames, trimUnbalancedQuotes } from './quoted-names.js';
import { SequenceDecoder } from './sequence-decoder.js';
import { splitTrailingNames } from './trailing-names.js';
import { cutLeadingTitles, trimLatinEdges } from './russian-person-spans.js';
import { F_ALLCAP, F_CAP, TokenInfo } from './token-info.js';
import { createTokenBuffer, tokenizeInto } from './tokenizer.js';

/** A tagged span of the input text (JS string offsets, `end` exclusive). */
export interface TaggedSpan {
  type: EntityType;
  start: number;
  end: number;
  text: string;
}

/**
 * Runs one model over documents: tokenize, split sentences, a first greedy pass, then a second pass that also
 * sees what the first pass said about the same words elsewhere in the document. For Russian, span rules follow:
 * quoted names are trimmed or completed, a name after a place noun («реки Славянки») becomes a LOC, ORG and LOC
 * spans are copied to their untagged repeats, a quoted name after an organisation descriptor becomes an ORG, a
 * place adjective tagged LOC is dropped («Российский лидер»), and a state body's trailing country or parent
 * organisation is split off («Минсельхоз» + «РФ»), and an ORG takes in the relational adjective before it
 * («японского МИДа»). In both languages a person's name is then joined across its particles («Урсула фон» +
 * «Ляйен»). Keeps its scratch buffers, so a tagger must not be shared by concurrent callers (Node runs it on one
 * thread; that is enough).
 */
export class EntityTagger {
  readonly version: string;
  private readonly decoder: SequenceDecoder;
  private readonly gazetteer: Gazetteer;
  private readonly lexicon: Gazetteer;
  private readonly buf = createTokenBuffer(2048);
  private readonly info = new TokenInfo();
  private readonly doc = new DocContext();
  private readonly sentStarts: number[] = [];
  private readonly passes: number;
  private readonly morph: MorphFeatures | undefined;
  private readonly morphology: Morphology | undefined;
  /** The span rules were measured on the Russian devset only (they raised ORG recall there), so only ru uses them. */
  private readonly spanRules: boolean;
  private first = new Uint8Array(2048);
  private second = new Uint8Array(2048);

  constructor(model: ModelData) {
    this.version = model.header.version;
    this.passes = model.header.passes ?? 2;
    this.decoder = new SequenceDecoder(
      new CompactWeights(model.weights, model.header.scale),
      (1 << model.header.bits) - 1,
    );
    this.gazetteer = new Gazetteer(model.gazKeys, model.gazBits);
    this.lexicon = new Gazetteer(model.lexKeys, model.lexBits);
    this.morphology = model.header.morphology ? loadMorphology() : undefined;
    this.morph = this.morphology ? new MorphFeatures(this.morphology) : undefined;
    this.spanRules = model.header.lang === 'ru';
  }

  /** Labels the text's tokens and returns the entity spans in text order. */
  tag(text: string): TaggedSpan[] {
    const buf = tokenizeInto(text, this.buf);
    splitSentences(text, buf, this.sentStarts);
    this.info.analyse(text, buf, this.sentStarts, this.gazetteer, this.lexicon, this.morph);
    if (this.first.length < buf.count) {
      this.first = new Uint8Array(buf.count * 2);
      this.second = new Uint8Array(buf.count * 2);
    }
    this.decoder.precompute(this.info, this.sentStarts);
    this.decoder.decode(this.info, this.doc.build(this.info), this.sentStarts, this.first);
    if (this.passes === 2)
      this.decoder.decode(this.info, this.doc.build(this.info, this.first), this.sentStarts, this.second);
    const spans = labelsToSpans(this.passes === 2 ? this.second : this.first, buf.count);
    const ruled = this.spanRules ? this.russianRules(text, spans) : this.englishRules(text, spans);
    return joinNameParticles(this.info, ruled).map((s) => {
      const start = buf.starts[s.first]!;
      const end = buf.ends[s.last]!;
      return { type: ENTITY_TYPES[s.type]!, start, end, text: text.slice(start, end) };
    });
  }

  /**
   * English: demonyms are not entities, titles before a name are not part of it, a legal form ends an organisation's
   * name, and a person named in full is found again by surname alone.
   */
  private englishRules(text: string, spans: TokenSpan[]): TokenSpan[] {
    const { starts, ends, count } = this.buf;
    const word = (k: number): string => text.slice(starts[k], ends[k]);
    const { gaz, flags } = this.info;
    const titled = dropLeadingTitles(dropDemonyms(spans, word, count), word);
    const named = tagAfterHonorifics(titled, word, count, (k) => (flags[k]! & F_CAP) !== 0);
    const joined = joinAdjacentOrganisations(joinCorporateSuffixes(named, word, count));
    const place = (k: number): boolean => (gaz[k]! & GAZ_PLACE) !== 0;
    const repeats = tagSurnameRepeats(joined, word, count, place, (k) => (flags[k]! & F_CAP) !== 0);
    return tagAcronyms(repeats, word, count, (k) => (flags[k]! & F_ALLCAP) !== 0);
  }

  /**
   * Span rules measured on the Russian devset: quotes first (they fix spans), then places named after a place noun
   * (so their repeats are copied too), then the copies and additions, then the removal of adjectives made from places
   * and the cut of a state body's trailing country, then the titles before a person («Раис Татарстана Рустам
   * Минниханов») and the Latin words at its edges, then the relational adjectives before an organisation.
   */
  private russianRules(text: string, spans: TokenSpan[]): TokenSpan[] {
    const fixed = completeQuotedNames(this.info, trimUnbalancedQuotes(this.info, spans));
    const found = tagQuotedNames(this.info, propagateSpans(this.info, tagPlaceNames(this.info, fixed)));
    const split = splitTrailingNames(this.info, dropGeoAdjectives(this.info, found));
    if (!this.morphology) return split;
    const { starts, ends } = this.buf;
    const word = (k: number): string => text.slice(starts[k], ends[k]);
    const persons = trimLatinEdges(this.info, cutLeadingTitles(this.info, split, word));
    return extendLeadingAdjectives(this.info, persons, word, this.morphology);
  }
}
