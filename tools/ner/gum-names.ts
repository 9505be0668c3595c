/** One GUM token with its dependency (`head`: document index of its head, -1 for a sentence root). */
export interface GumToken {
  start: number;
  end: number;
  form: string;
  upos: string;
  feats: string;
  head: number;
  deprel: string;
  /** First word of its sentence (its capital says nothing). */
  initial: boolean;
}

/** A run of tokens, first to last, of a GUM entity type (person, place, organization, …). */
export interface Span {
  type: string;
  first: number;
  last: number;
}

/** A GUM mention, with its Wikipedia identity when GUM links one. */
export interface GumMention extends Span {
  identity?: string;
}

// Words that join the parts of one name («Bank of America», «Procter & Gamble»); a name neither starts nor ends
// with them. Name particles («Ludwig van Beethoven», «Charles de Gaulle») may start a name but not end it.
const CONNECTORS = new Set(['of', 'and', 'the', 'for', '&', '-']);
const PARTICLES = new Set(['de', 'du', 'von', 'van', 'la', 'le', 'del', 'der', 'da', 'di', 'al', 'bin', 'el']);
// After its head a name stops at an apposition or a post-modifier: «Paris[, France]», «Johnson Space Center[ (JSC)
// in Houston]», «Moreau[ in 1958]». News NER (English-EWT, PUD, WikiGold) tags those parts apart or not at all.
const STOPS = new Set([',', '(', '[', ';', ':', '–', '—', '/', 'in', 'at', 'from', 'near', 'by', 'with']);

// A person's name has no «of» or «and» after its first word: «Gary Chan[ of DAB]», «Ben Chan[ and Leung]».
const PERSON_STOPS = new Set(['of', 'and', '&']);

const lowerCase = (form: string): boolean => /^\p{Ll}/u.test(form);
const joins = (form: string): boolean => CONNECTORS.has(form) || PARTICLES.has(form);

/** The mention's head: its first token whose head lies outside it. */
function headOf(toks: readonly GumToken[], first: number, last: number): number {
  for (let k = first; k <= last; k++) if (toks[k]!.head < first || toks[k]!.head > last) return k;
  return first;
}

/**
 * A person's name starts at its head (UD heads a name by its first word: «[Hamdullah] Mohib») or at the flat or
 * compound words and particles right before it («Charles [de] Gaulle»): titles, offices and affiliations before
 * it are not part of it («Afghan Ambassador to the United States», «Professor», «New People Party's»).
 */
function personStart(toks: readonly GumToken[], first: number, head: number): number {
  let start = head;
  while (start > first) {
    const t = toks[start - 1]!;
    const inName = t.head >= start - 1 && t.head <= head && (t.deprel === 'flat' || t.deprel === 'compound');
    if (!inName && !PARTICLES.has(t.form)) break;
    start--;
  }
  return start;
}

/**
 * Where a place's or organisation's name starts before its head: after a possessor that is a mention of its own
 * («[Berkeley]'s [Department of Linguistics]», not «King's College») and after a lower-case word that is not a
 * connector («the city's [Grand Mosque]»).
 */
function nameStart(toks: readonly GumToken[], first: number, head: number, isMention: (s: Span) => boolean): number {
  let start = first;
  for (let k = first; k < head; k++) {
    const form = toks[k]!.form;
    if (/^['’]s?$/.test(form)) {
      for (let j = start; j < k; j++)
        if (isMention({ type: '', first: j, last: k - 1 }) || isMention({ type: '', first: j, last: k })) start = k + 1;
    } else if (lowerCase(form) && !joins(form)) start = k + 1;
  }
  return start;
}

/**
 * Where the name ends after its head: before a stop word, a lower-case word or a conjunct of the head («Carrano
 * and Biewener»). An apposition without a comma is part of the name («Peter the Great»).
 */
function nameEnd(toks: readonly GumToken[], head: number, last: number, person: boolean): number {
  for (let k = head + 1; k <= last; k++) {
    const t = toks[k]!;
    const word = lowerCase(t.form) && !joins(t.form) && toks[k - 1]!.form !== '-'; // «Lee Cheuk-yan» goes on
    if (STOPS.has(t.form) || (person && PERSON_STOPS.has(t.form)) || word) return k - 1;
    if (t.deprel === 'conj' && t.head === head) return k - 1;
  }
  return last;
}

/**
 * The name after a person's role noun: GUM heads «author Truman Capote», «curator Elaine Gustafon», «coauthor
 * Colette Heald» by the lower-case noun, the name hanging from it as `flat` or `appos`. News NER tags the name.
 */
function nameAfterRole(toks: readonly GumToken[], head: number, last: number): number | undefined {
  for (let k = head + 1; k <= last; k++) {
    const t = toks[k]!;
    if (t.head === head && t.upos === 'PROPN' && (t.deprel === 'flat' || t.deprel === 'appos')) return k;
  }
  return undefined;
}

const plain = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
/** A name's head is a proper noun (or foreign word), or a capitalised common noun inside a sentence («Shah Mosque»). */
const nameHead = (t: GumToken): boolean =>
  t.upos === 'PROPN' || t.upos === 'X' || (!t.initial && (t.upos === 'NOUN' || t.upos === 'NUM'));

const words = (s: string): string[] => plain(s).split(/[\s_,.()-]+/u);

/** A person's name shares a word with the person's Wikipedia title; a title alone («President») does not. */
function namesIdentity(toks: readonly GumToken[], first: number, last: number, identity: string): boolean {
  const known = new Set(words(identity).filter((w) => w.length > 1));
  for (let k = first; k <= last; k++) if (known.has(plain(toks[k]!.form))) return true;
  return false;
}

/**
 * The named part of a GUM mention, as news NER marks it, or undefined for a mention that is not a name. GUM marks
 * every mention, with its modifiers, titles and appositions («the mayor», «Professor Cres Eastman», «Paris,
 * France», «Russians»); here a named entity is the name around the mention's head: leading determiners and a
 * trailing «'s» cut, what comes before the name cut (see personStart, nameStart), the name ending at a comma,
 * bracket, preposition other than «of», lower-case word or conjunct. A person headed by a role noun is the name
 * hanging from it (nameAfterRole). The head must be a capitalised proper noun
 * (or common noun inside a sentence), the name must contain a proper noun, and a person must be one person (a
 * plural head is a group: «Russians») whose Wikipedia title, when GUM links one, shares a word with the name.
 */
export function nameSpan(
  toks: readonly GumToken[],
  m: GumMention,
  isMention: (s: Span) => boolean = () => false,
): [number, number] | undefined {
  let { first, last } = m;
  while (first <= last && (toks[first]!.upos === 'DET' || /^(the|a|an)$/i.test(toks[first]!.form))) first++;
  while (last >= first && /^['’]s?$/.test(toks[last]!.form)) last--;
  if (first > last) return undefined;
  const person = m.type === 'person';
  let head = headOf(toks, first, last);
  if (person && toks[head]!.upos === 'NOUN' && lowerCase(toks[head]!.form))
    head = nameAfterRole(toks, head, last) ?? head;
  if (lowerCase(toks[head]!.form) || !nameHead(toks[head]!)) return undefined;
  first = person ? personStart(toks, first, head) : nameStart(toks, first, head, isMention);
  last = nameEnd(toks, head, last, person);
  while (first <= last && CONNECTORS.has(toks[first]!.form)) first++;
  while (last >= first && joins(toks[last]!.form)) last--;
  if (first > last) return undefined;
  if (lowerCase(toks[first]!.form) && !PARTICLES.has(toks[first]!.form)) return undefined;
  if (!toks.slice(first, last + 1).some((t) => t.upos === 'PROPN')) return undefined;
  if (person) {
    if (toks[head]!.feats.includes('Number=Plur')) return undefined;
    if (m.identity && !namesIdentity(toks, first, last, m.identity)) return undefined;
  }
  return [first, last];
}
