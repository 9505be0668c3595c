import { type GumToken, nameSpan } from './gum-names.js';

/** Tokens from `form/UPOS/head/deprel` (head: 1-based within the sentence, 0 = root), one sentence. */
function sentence(spec: string): GumToken[] {
  return spec.split(' ').map((w, k) => {
    const [form, upos, head, deprel, feats] = w.split('/') as [string, string, string, string, string?];
    return { start: k, end: k + 1, form, upos, head: Number(head) - 1, deprel, feats: feats ?? '_', initial: k === 0 };
  });
}

const text = (toks: GumToken[], span: [number, number] | undefined): string | undefined =>
  span &&
  toks
    .slice(span[0], span[1] + 1)
    .map((t) => t.form)
    .join(' ');

describe('GUM mention → named entity', () => {
  it('cuts a comma apposition and a place after «in» off a place', () => {
    const toks = sentence('in/ADP/2/case Paris/PROPN/0/root ,/PUNCT/4/punct France/PROPN/2/nmod:unmarked');
    expect(text(toks, nameSpan(toks, { type: 'place', first: 1, last: 3 }))).toBe('Paris');
    const center = sentence(
      'the/DET/3/det Johnson/PROPN/3/compound Center/PROPN/0/root in/ADP/5/case Houston/PROPN/3/nmod',
    );
    expect(text(center, nameSpan(center, { type: 'place', first: 0, last: 4 }))).toBe('Johnson Center');
  });

  it('keeps «of» inside an organisation and stops at a lower-case word', () => {
    const toks = sentence(
      'University/PROPN/0/root of/ADP/4/case North/PROPN/4/compound Carolina/PROPN/1/nmod at/ADP/6/case Greensboro/PROPN/1/nmod',
    );
    expect(text(toks, nameSpan(toks, { type: 'organization', first: 0, last: 5 }))).toBe(
      'University of North Carolina',
    );
  });

  it('starts a person at the name, after titles and offices', () => {
    const toks = sentence(
      'Afghan/ADJ/2/amod Ambassador/PROPN/6/nmod:desc to/ADP/5/case the/DET/5/det States/PROPN/6/nmod Hamdullah/PROPN/0/root Mohib/PROPN/6/flat',
    );
    expect(text(toks, nameSpan(toks, { type: 'person', first: 0, last: 6 }))).toBe('Hamdullah Mohib');
  });

  it('takes the name after a role noun that heads a person', () => {
    const author = sentence('of/ADP/2/case author/NOUN/0/root Truman/PROPN/2/flat Capote/PROPN/3/flat');
    expect(text(author, nameSpan(author, { type: 'person', first: 1, last: 3, identity: 'Truman_Capote' }))).toBe(
      'Truman Capote',
    );
    const appos = sentence('coauthor/NOUN/4/nsubj Colette/PROPN/3/compound Heald/PROPN/1/appos told/VERB/0/root');
    expect(text(appos, nameSpan(appos, { type: 'person', first: 0, last: 2 }))).toBe('Colette Heald');
    const plural = sentence('publishers/NOUN/0/root/Number=Plur Jann/PROPN/1/flat Wenner/PROPN/2/flat');
    expect(text(plural, nameSpan(plural, { type: 'person', first: 0, last: 2 }))).toBe('Jann Wenner');
  });

  it('cuts a person at «of» and at a coordinated person', () => {
    const toks = sentence('Gary/PROPN/0/root Chan/PROPN/1/flat of/ADP/4/case DAB/PROPN/1/nmod');
    expect(text(toks, nameSpan(toks, { type: 'person', first: 0, last: 3 }))).toBe('Gary Chan');
    const two = sentence('Ben/PROPN/0/root Chan/PROPN/1/flat and/CCONJ/4/cc Leung/PROPN/2/conj');
    expect(text(two, nameSpan(two, { type: 'person', first: 0, last: 3 }))).toBe('Ben Chan');
  });

  it('is no name for a common-noun head, a group of people or a title alone', () => {
    const mayor = sentence('the/DET/2/det mayor/NOUN/0/root of/ADP/4/case London/PROPN/2/nmod');
    expect(nameSpan(mayor, { type: 'person', first: 0, last: 3 })).toBeUndefined();
    const group = sentence('Russians/PROPN/0/root/Number=Plur');
    expect(nameSpan(group, { type: 'person', first: 0, last: 0 })).toBeUndefined();
    const title = sentence('said/VERB/0/root President/PROPN/1/obj');
    expect(nameSpan(title, { type: 'person', first: 1, last: 1, identity: 'Charles_J._Fillmore' })).toBeUndefined();
    expect(text(title, nameSpan(title, { type: 'person', first: 1, last: 1 }))).toBe('President');
  });

  it('cuts a possessor only when it is a mention of its own', () => {
    const toks = sentence(
      "Berkeley/PROPN/4/nmod:poss 's/PART/1/case Linguistics/PROPN/4/compound Department/PROPN/0/root",
    );
    const isBerkeley = (s: { first: number; last: number }): boolean => s.first === 0 && s.last === 0;
    expect(text(toks, nameSpan(toks, { type: 'organization', first: 0, last: 3 }, isBerkeley))).toBe(
      'Linguistics Department',
    );
    expect(text(toks, nameSpan(toks, { type: 'organization', first: 0, last: 3 }))).toBe(
      "Berkeley 's Linguistics Department",
    );
  });
});
