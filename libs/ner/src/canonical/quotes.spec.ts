import { withoutOuterQuotes, withoutStrayBrackets } from './quotes.js';

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

describe('withoutStrayBrackets', () => {
  it.each([
    ['Екатерина Аталык (Половникова', 'Екатерина Аталык Половникова'],
    ['Аталык) Половникова', 'Аталык Половникова'],
    ['Общество (с ограниченной ответственностью)', 'Общество (с ограниченной ответственностью)'],
    ['Газпром', 'Газпром'],
  ])('%s → %s', (text, expected) => {
    expect(withoutStrayBrackets(text)).toBe(expected);
  });
});
