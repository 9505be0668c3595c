import { withoutOuterQuotes } from './quotes.js';

describe('withoutOuterQuotes', () => {
  it.each([
    ['«Газпрома»', 'Газпрома'],
    ['«Газпрома', 'Газпрома'],
    ['Газпрома»', 'Газпрома'],
    ['"Хабар 24"', 'Хабар 24'],
    ['московского «Центра»', 'московского «Центра»'],
    ['«Центр» «Телевизор»', '«Центр» «Телевизор»'],
    ['«Единая Россия»»', 'Единая Россия'],
  ])('%s → %s', (text, expected) => {
    expect(withoutOuterQuotes(text)).toBe(expected);
  });
});
