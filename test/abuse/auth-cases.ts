import { type AbuseCase, JSON_TYPE, validArticle } from './abuse-case.js';

/** Requests with no key, a made-up or malformed key, another source's key, or the wrong content type. */
export function authAndTypeCases(source: string, otherSource: string, random: () => number): AbuseCase[] {
  const body = JSON.stringify(validArticle(source, 'abuse-auth'));
  const forged = Array.from(
    { length: 20 },
    (_, i) => `forged-${i}-${Math.floor(random() * 1e12).toString(36)}${'k'.repeat(i * 10)}`,
  );
  const headers = [
    '',
    'Bearer',
    'Bearer ',
    'Basic dXNlcjpwYXNz',
    `Bearer ${'x'.repeat(6_000)}`,
    "Bearer ' OR 1=1 --",
    'Bearer a b c',
    'bearer',
    'Token abc',
    'Bearer \u00e9\u00e8',
  ];
  const cases: AbuseCase[] = [
    { name: 'auth/none', contentType: JSON_TYPE, key: 'none', body },
    ...forged.map((key, i): AbuseCase => ({
      name: `auth/forged-${i}`,
      contentType: JSON_TYPE,
      key: { header: `Bearer ${key}` },
      body,
    })),
    ...headers.map((header, i): AbuseCase => ({
      name: `auth/header-${i}`,
      contentType: JSON_TYPE,
      key: { header },
      body,
    })),
    { name: 'auth/other-source-key', contentType: JSON_TYPE, key: 'other-source', body },
    {
      name: 'auth/own-key-other-source-item',
      contentType: JSON_TYPE,
      key: 'own',
      body: JSON.stringify(validArticle(otherSource, 'abuse-other')),
    },
    {
      name: 'auth/batch-with-one-foreign-item',
      contentType: JSON_TYPE,
      key: 'own',
      body: JSON.stringify([validArticle(source, 'abuse-mixed-1'), validArticle(otherSource, 'abuse-mixed-2')]),
    },
  ];
  const types = [
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/octet-stream',
    'text/html',
    'application/javascript',
    'image/png',
    'application/json-patch',
    'application',
    '',
    ';;;',
  ];
  for (const [i, contentType] of types.entries())
    cases.push({
      name: `content-type/${i}-${contentType || 'empty'}`,
      contentType,
      key: 'own',
      body: i === 2 ? `--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n${body}\r\n--x--` : body,
    });
  cases.push({ name: 'content-type/missing', key: 'own', body });
  return cases;
}
