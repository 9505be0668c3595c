import { databaseUrl, describeUrl } from './database-url.js';

describe('databaseUrl', () => {
  it('swaps only the database, keeping credentials, port and options', () => {
    expect(databaseUrl('postgres://app:s%40cret@db.example:6543/news?sslmode=require', 'news_test_1_ab')).toBe(
      'postgres://app:s%40cret@db.example:6543/news_test_1_ab?sslmode=require',
    );
  });

  it('adds the database to a server URL without one', () => {
    expect(databaseUrl('postgres://postgres@127.0.0.1:5432', 'news')).toBe('postgres://postgres@127.0.0.1:5432/news');
  });

  it('encodes a name that is not URL-safe', () => {
    expect(databaseUrl('postgres://h/x', 'a b/c')).toBe('postgres://h/a%20b%2Fc');
  });
});

describe('describeUrl', () => {
  it('shows host, port and database but never the password', () => {
    expect(describeUrl('postgres://app:secret@db.example:6543/news?sslmode=require')).toBe('db.example:6543/news');
  });
});
