import { dropLeadingTitles } from './english-titles.js';
import { ENTITY_TYPES } from './labels.js';

const [PER, ORG] = [ENTITY_TYPES.indexOf('PER'), ENTITY_TYPES.indexOf('ORG')];

function spanText(sentence: string, type: number): string {
  const words = sentence.split(' ');
  const [span] = dropLeadingTitles([{ first: 0, last: words.length - 1, type }], (k) => words[k]!);
  return span ? words.slice(span.first, span.last + 1).join(' ') : '';
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

  it('drops a span of titles alone, and keeps one that would be left with a lower-case start', () => {
    expect(spanText('President', PER)).toBe('');
    expect(spanText('Secretary of State John Kerry', PER)).toBe('Secretary of State John Kerry');
  });

  it('leaves organisations alone', () => {
    expect(spanText('General Motors', ORG)).toBe('General Motors');
  });
});

describe('dropLeadingTitles with stops and lone titles', () => {
  it('drops the stop after a title and a span that is only a title', () => {
    const words = 'Mr . Comey and Mr Osborne'.split(' ');
    const spans = dropLeadingTitles(
      [
        { first: 0, last: 2, type: PER },
        { first: 4, last: 4, type: PER },
        { first: 5, last: 5, type: PER },
      ],
      (k) => words[k]!,
    );
    expect(spans.map((s) => words.slice(s.first, s.last + 1).join(' '))).toEqual(['Comey', 'Osborne']);
  });
});
