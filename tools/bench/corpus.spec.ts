import { corpusOption, generateCorpus } from './corpus.js';

describe('bench corpus', () => {
  it('takes --corpus out of the arguments and leaves the instance counts', () => {
    expect(corpusOption(['--processors', '2', '--corpus', 'dense'])).toEqual({
      profile: 'dense',
      rest: ['--processors', '2'],
    });
    expect(corpusOption(['--corpus=news'])).toEqual({ profile: 'news', rest: [] });
    expect(corpusOption([]).profile).toBe('news');
    expect(() => corpusOption(['--corpus', 'sparse'])).toThrow(/news or dense/);
  });

  it('gives news-shaped articles fewer names than dense ones, the same for every run', () => {
    const capitalised = (body: string) => new Set(body.match(/\p{Lu}\p{Ll}+/gu)).size;
    const news = generateCorpus(40);
    const dense = generateCorpus(40, 'dense');
    expect(generateCorpus(40)).toEqual(news);
    const mean = (articles: typeof news) => articles.reduce((sum, a) => sum + capitalised(a.body), 0) / articles.length;
    expect(mean(news)).toBeLessThan(mean(dense));
    expect(new Set(news.map((a) => a.externalId)).size).toBe(40);
    expect(news.filter((a) => a.lang === 'ru')).toHaveLength(20);
  });
});
