import { dropLeadingTitles } from './english-titles.js';
import { ENTITY_TYPES } from './labels.js';

const [PER, ORG] = [ENTITY_TYPES.indexOf('PER'), ENTITY_TYPES.indexOf('ORG')];

function spanText(sentence: string, type: number): string {
  const words = sentence.split(' ');
  const [span] = dropLeadingTitles([{ first: 0, last: words.length - 1, type }], (k) => words[k]!);
  return words.slice(span!.first, span!.last + 1).join(' ');
}

describe('dropLeadingTitles', () => {
  it.each([
    ['President Kassym-Jomart Tokayev', 'Kassym-Jomart Tokayev'],
    ['Prime Minister Narendra Modi', 'Narendra Modi'],
    ['Ms Pugh', 'Pugh'],
    ['Dr. Christian Bruch', 'Christian Bruch'],
    ['Chief Executive Tim Cook', 'Tim Cook'],
  ])('%s → %s', (span, name) => {
    expect(spanText(span, PER)).toBe(name);
  });

  it('keeps a span that would be left with no name or a lower-case start', () => {
    expect(spanText('President', PER)).toBe('President');
    expect(spanText('Secretary of State John Kerry', PER)).toBe('Secretary of State John Kerry');
  });

  it('leaves organisations alone', () => {
    expect(spanText('General Motors', ORG)).toBe('General Motors');
  });
});
