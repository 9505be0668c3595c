import type AzDefault from 'az';
import { loadAzSync } from './az.loader.js';
import type { Morphology, WordParse } from './word-parse.js';

type Az = typeof AzDefault;
type AzParse = ReturnType<Az['Morph']>[number];

// Bounded caches: readings of many words (small objects), Az's own parse objects of a few (large, needed only
// to inflect or lemmatise, which happens for the words of the current article).
const CACHE_LIMIT = 20_000;
const AZ_CACHE_LIMIT = 1_000;
// A guessed word can have dozens of readings; the unlikely tail is never chosen and would fill the cache.
const PARSE_LIMIT = 12;
// Which of Az's parsers run: all (the dictionary, then guesses), the dictionary only, or the guesses only.
type Mode = 'all' | 'dictionary' | 'guess';
const CONFIG: Record<Mode, Record<string, unknown> | undefined> = {
  all: undefined,
  dictionary: { parsers: ['Dictionary?', 'AbbrName?', 'AbbrPatronymic'] },
  guess: { parsers: ['SuffixKnown'] },
};

// The parsers of the `dictionary` mode. In mode `all` Az runs them first with the same settings and stops after them
// when the dictionary has the word; each parser group's scores are normalised apart and the sort is stable, so an
// untruncated `all` list made by these parsers alone is the `dictionary` list, and one without any of them means the
// dictionary lists nothing.
const DICTIONARY_PARSERS = new Set(['Dictionary', 'AbbrName', 'AbbrPatronymic']);
const NO_READINGS: readonly WordParse[] = [];

// Az shares one tag object among all words of a form class, so the grammeme sets can be shared too.
const tagSets = new WeakMap<object, ReadonlySet<string>>();

function tagSet(parse: AzParse): ReadonlySet<string> {
  let set = tagSets.get(parse.tag);
  if (!set) tagSets.set(parse.tag, (set = new Set([...parse.tag.stat, ...parse.tag.flex])));
  return set;
}

function remember<V>(cache: Map<string, V>, limit: number, key: string, value: V): V {
  if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
  cache.set(key, value);
  return value;
}

// One reading; it finds its Az parse again (by key and position) only when asked to inflect.
class AzWordParse implements WordParse {
  private lemmaForm?: string;
  private inflected?: Map<string, string | undefined>;

  constructor(
    private readonly owner: AzMorphology,
    private readonly mode: Mode,
    private readonly word: string,
    private readonly index: number,
    parse: AzParse,
    readonly form = parse.toString(),
    readonly tags = tagSet(parse),
    readonly score = parse.score,
    readonly known = parse.parser === 'Dictionary',
  ) {}

  get lemma(): string {
    if (this.lemmaForm === undefined) {
      const normal = this.azParse().normalize();
      this.lemmaForm = normal ? normal.toString() : this.form;
    }
    return this.lemmaForm;
  }

  inflect(grammemes: readonly string[]): string | undefined {
    const key = grammemes.join(',');
    this.inflected ??= new Map();
    if (!this.inflected.has(key)) {
      const form = this.azParse().inflect(grammemes);
      this.inflected.set(key, form ? form.toString() : undefined);
    }
    return this.inflected.get(key);
  }

  private azParse(): AzParse {
    return this.owner.azParses(this.mode, this.word)[this.index]!;
  }
}

/** Az.js behind the `Morphology` interface, with bounded per-word caches (oldest entries leave first). */
export class AzMorphology implements Morphology {
  private readonly cache: Record<Mode, Map<string, readonly WordParse[]>> = {
    all: new Map(),
    dictionary: new Map(),
    guess: new Map(),
  };
  private readonly azCache: Record<Mode, Map<string, readonly AzParse[]>> = {
    all: new Map(),
    dictionary: new Map(),
    guess: new Map(),
  };
  // For an `all` reading list, the `dictionary` list of the same word when it follows from it (see above).
  private readonly dictionaryPart = new WeakMap<readonly WordParse[], readonly WordParse[]>();

  constructor(private readonly az: Az) {}

  parse(word: string): readonly WordParse[] {
    return this.readings('all', word);
  }

  lookUp(word: string): readonly WordParse[] {
    return this.readings('dictionary', word);
  }

  guess(word: string): readonly WordParse[] {
    return this.readings('guess', word);
  }

  /** Az's own parses of a word, computed again once evicted. */
  azParses(mode: Mode, word: string): readonly AzParse[] {
    const hit = this.azCache[mode].get(word);
    if (hit) return hit;
    const parses = /\p{L}/u.test(word) ? this.az.Morph(word, CONFIG[mode]).slice(0, PARSE_LIMIT) : [];
    return remember(this.azCache[mode], AZ_CACHE_LIMIT, word, parses);
  }

  private readings(mode: Mode, word: string): readonly WordParse[] {
    const hit = this.cache[mode].get(word);
    if (hit) return hit;
    // A word the tagger has parsed already needs no second look-up in the dictionary (most of the canonical step's).
    const all = mode === 'dictionary' ? this.cache.all.get(word) : undefined;
    const known = all && this.dictionaryPart.get(all);
    if (known) return remember(this.cache[mode], CACHE_LIMIT, word, known);
    const parses = this.azParses(mode, word);
    const readings = parses.map((parse, i) => new AzWordParse(this, mode, word, i, parse));
    if (mode === 'all' && parses.length < PARSE_LIMIT) {
      const fromDictionary = parses.filter((p) => DICTIONARY_PARSERS.has(p.parser)).length;
      if (fromDictionary === parses.length) this.dictionaryPart.set(readings, readings);
      else if (fromDictionary === 0) this.dictionaryPart.set(readings, NO_READINGS);
    }
    return remember(this.cache[mode], CACHE_LIMIT, word, readings);
  }
}

let shared: Morphology | undefined;

/**
 * The shared Russian analyser (Az.js with the OpenCorpora dictionary), loaded synchronously on first use
 * (0.2–0.7 s, about 25 MB of heap) and cached for the life of the process.
 *
 * @example
 * loadMorphology().parse('Татнефти')[0]?.lemma // 'татнефть'
 */
export function loadMorphology(): Morphology {
  shared ??= new AzMorphology(loadAzSync());
  return shared;
}
