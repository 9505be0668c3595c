import type { EntityType } from '@app/ner';
import { buildDoc, readColumns } from './bio-doc.js';

const same = (t: string): EntityType | undefined => (t === 'PER' || t === 'ORG' || t === 'LOC' ? t : undefined);
const spansOf = (raw: string, layout = {}): string[] => {
  const doc = buildDoc('d', readColumns(raw, same, layout)[0]!);
  return doc.spans.map((s) => `${s.type}:${doc.text.slice(s.start, s.end)}`);
};

describe('CoNLL columns to a document', () => {
  it('writes the text as news is written and keeps the source tokens', () => {
    const doc = buildDoc('d', readColumns("Apple\tB-ORG\n's\tO\nchief\tO\n(\tO\nCEO\tO\n)\tO\n.\tO\n", same)[0]!);
    expect(doc.text).toBe("Apple's chief (CEO).");
    expect(doc.tokens.map((t) => doc.text.slice(t.start, t.end))).toEqual([
      'Apple',
      "'s",
      'chief',
      '(',
      'CEO',
      ')',
      '.',
    ]);
  });

  it('keeps two adjacent names of one type apart at B-, and joins IOB1 I- runs', () => {
    expect(spansOf('Tim\tB-PER\nCook\tI-PER\nLagarde\tB-PER\nsaid\tO\n')).toEqual(['PER:Tim Cook', 'PER:Lagarde']);
    expect(spansOf('New I-LOC\nYork I-LOC\nTimes I-ORG\n')).toEqual(['LOC:New York', 'ORG:Times']);
  });

  it('maps unknown types to O, reads UD columns and splits documents', () => {
    const raw =
      '# newdoc id = a\n# text = x\n1\tGerman\tB-OTH\t-\n2\tBerlin\tB-LOC\t-\n\n# newdoc id = b\n1\tParis\tB-LOC\t-\n';
    const docs = readColumns(raw, same, { wordCol: 1, tagCol: 2, docBreak: /^# newdoc/, comments: true });
    expect(docs.map((d) => d.map((s) => s.words.join(' ')))).toEqual([['German Berlin'], ['Paris']]);
    expect(spansOf(raw, { wordCol: 1, tagCol: 2, docBreak: /^# newdoc/, comments: true })).toEqual(['LOC:Berlin']);
  });

  it('reads a hashtag line as a token, not a comment', () => {
    expect(spansOf('#Pistorius\tB-PER\nwins\tO\n')).toEqual(['PER:#Pistorius']);
  });
});
