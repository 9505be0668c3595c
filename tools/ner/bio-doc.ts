import type { EntityType } from '@app/ner';
import { dropOverlaps, type GoldSpan } from './factru.reader.js';

/** A document rebuilt from tokens: text, gold spans and the source's own tokens (for token-level scoring). */
export interface TokenDoc {
  id: string;
  text: string;
  spans: GoldSpan[];
  tokens: Array<{ start: number; end: number }>;
}

/** A tokenised sentence with one entity type (or undefined) per token and where each mention starts. */
export interface LabelledSentence {
  words: string[];
  types: Array<EntityType | undefined>;
  /** True where a mention starts (B-), so two adjacent names of one type stay two spans. */
  begins: boolean[];
}

// Detokenising like news text is written («Apple's», «(AP)», «U.S.,») so the tokenizer sees what it sees at run time.
const NO_SPACE_BEFORE = /^([.,;:!?%)\]}]|'s|’s|'|’|n't|'re|'ve|'ll|'d|'m)$/i;
const NO_SPACE_AFTER = /^[([{$]$/;

/** Joins sentences into one document text, one paragraph per `paragraphEvery` sentences. */
export function buildDoc(id: string, sentences: readonly LabelledSentence[], paragraphEvery = 1): TokenDoc {
  let text = '';
  const tokens: TokenDoc['tokens'] = [];
  const spans: GoldSpan[] = [];
  sentences.forEach((s, n) => {
    if (n > 0) text += n % paragraphEvery === 0 ? '\n' : ' ';
    let open: GoldSpan | undefined;
    s.words.forEach((w, k) => {
      if (k > 0 && !NO_SPACE_BEFORE.test(w) && !NO_SPACE_AFTER.test(s.words[k - 1]!)) text += ' ';
      const start = text.length;
      text += w;
      tokens.push({ start, end: text.length });
      const type = s.types[k];
      if (open && (type !== open.type || s.begins[k])) open = undefined;
      if (type && !open) spans.push((open = { type, start, end: text.length }));
      else if (open) open.end = text.length;
    });
  });
  return { id, text, spans: dropOverlaps(spans), tokens };
}

/** Parses a `B-X`/`I-X` tag through `map` (source type → project type, undefined = O). */
export function parseTag(tag: string, map: (type: string) => EntityType | undefined) {
  const m = /^([BI])-(.+)$/.exec(tag);
  return m ? { type: map(m[2]!), begin: m[1] === 'B' } : { type: undefined, begin: false };
}

/** Where a CoNLL-style file keeps the word and the tag (default: first and last column). */
export interface ColumnLayout {
  wordCol?: number;
  tagCol?: number;
  /** A line that starts a new document (`-DOCSTART-`, `# newdoc`). */
  docBreak?: RegExp;
  /** Skip `# key = value` lines (UD comments; elsewhere a `#` line is a hashtag token). */
  comments?: boolean;
}

/**
 * Reads a CoNLL-style file: one token a line (tab- or space-separated columns), blank line between sentences,
 * returns documents as lists of sentences.
 */
export function readColumns(
  raw: string,
  map: (type: string) => EntityType | undefined,
  { wordCol = 0, tagCol, docBreak, comments }: ColumnLayout = {},
): LabelledSentence[][] {
  const docs: LabelledSentence[][] = [[]];
  let s: LabelledSentence = { words: [], types: [], begins: [] };
  const flush = (): void => {
    if (s.words.length) docs[docs.length - 1]!.push(s);
    s = { words: [], types: [], begins: [] };
  };
  for (const line of raw.split('\n')) {
    if (docBreak?.test(line)) {
      flush();
      if (docs[docs.length - 1]!.length) docs.push([]);
      continue;
    }
    if (comments && line.startsWith('# ')) continue;
    const cols = line.includes('\t') ? line.trimEnd().split('\t') : line.trim().split(' ');
    if (cols.length < 2 || !cols[wordCol]) {
      flush();
      continue;
    }
    const { type, begin } = parseTag(cols[tagCol ?? cols.length - 1]!, map);
    s.words.push(cols[wordCol]!);
    s.types.push(type);
    s.begins.push(begin);
  }
  flush();
  return docs.filter((d) => d.length);
}

/** Cuts a list of sentences into documents of `size` sentences (corpora with no document boundaries). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
