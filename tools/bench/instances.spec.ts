import { parseInstanceCounts } from './instances.js';

describe('parseInstanceCounts', () => {
  it('runs one of each service unless told otherwise', () => {
    expect(parseInstanceCounts([])).toEqual({ fetcher: 1, processor: 1, store: 1 });
  });

  it('reads counts given as separate words or with =', () => {
    expect(parseInstanceCounts(['--processors', '3', '--stores=2', '--fetchers', '2'])).toEqual({
      fetcher: 2,
      processor: 3,
      store: 2,
    });
  });

  it('refuses an unknown option and a count that is not a whole number from 1 to 32', () => {
    expect(() => parseInstanceCounts(['--consumers', '2'])).toThrow('unknown option --consumers');
    expect(() => parseInstanceCounts(['--processors', '0'])).toThrow('1 to 32, not 0');
    expect(() => parseInstanceCounts(['--stores'])).toThrow('not nothing');
    expect(() => parseInstanceCounts(['--stores', '1.5'])).toThrow('not 1.5');
  });
});
