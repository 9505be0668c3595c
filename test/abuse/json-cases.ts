import { type AbuseCase, JSON_TYPE, validArticle } from './abuse-case.js';

const MB = 1024 * 1024;

/** Syntactically broken JSON: a valid article cut at seeded positions, or with bytes flipped into garbage. */
export function brokenJson(source: string, random: () => number, count: number): AbuseCase[] {
  const text = JSON.stringify(validArticle(source));
  const cases: AbuseCase[] = [];
  const garbage = ['{', '}', '[', ']', '"', ',', ':', '\\', '\u0000', 'NaN', 'undefined', "'", '\n'];
  for (let i = 0; cases.length < count && i < count * 4; i++) {
    const cut = 1 + Math.floor(random() * (text.length - 2));
    if (i % 2 === 0) {
      cases.push({
        name: `broken-json/truncated-${cut}`,
        contentType: JSON_TYPE,
        key: 'own',
        body: text.slice(0, cut),
      });
      continue;
    }
    const insert = garbage[Math.floor(random() * garbage.length)]!;
    const mutated = `${text.slice(0, cut)}${insert}${text.slice(cut + 1)}`;
    if (isJson(mutated)) continue;
    cases.push({
      name: `broken-json/mutated-${cut}-${JSON.stringify(insert)}`,
      contentType: JSON_TYPE,
      key: 'own',
      body: mutated,
    });
  }
  const fixed = [
    '',
    ' ',
    'null',
    '0',
    '"text"',
    'true',
    '{}',
    '[]',
    '[[]]',
    '{"a":1}{"b":2}',
    '{"source":"x",}',
    '/* comment */ {}',
    "{'single':'quotes'}",
    '{"__proto__":{"admin":true}}',
    '{"constructor":{"prototype":{"x":1}}}',
  ];
  fixed.forEach((body, i) => cases.push({ name: `broken-json/fixed-${i}`, contentType: JSON_TYPE, key: 'own', body }));
  return cases;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Bytes that are not UTF-8 JSON: UTF-16, Latin-1, invalid sequences, overlong encodings, lone surrogates. */
export function badEncodings(source: string): AbuseCase[] {
  const text = JSON.stringify({ ...validArticle(source, 'abuse-enc'), externalId: '' });
  const cases: [string, Buffer][] = [
    ['utf16le', Buffer.from(`\ufeff${text}`, 'utf16le')],
    ['utf16be-bom-only', Buffer.from([0xfe, 0xff, 0x00, 0x7b, 0x00, 0x7d])],
    ['latin1-title', Buffer.from(text.replace('Заголовок', 'Ch\u00e2teau'), 'latin1')],
    [
      'invalid-utf8-in-string',
      Buffer.concat([Buffer.from('{"source":"'), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from('"}')]),
    ],
    ['overlong-slash', Buffer.concat([Buffer.from('{"source":"'), Buffer.from([0xc0, 0xaf]), Buffer.from('"}')])],
    [
      'lone-surrogate-escape',
      Buffer.from(
        text.replace('"externalId":""', '"externalId":"\\ud800"').replace('"title":"Заголовок новости"', '"title":""'),
      ),
    ],
    ['nul-bytes', Buffer.from(text.replace('{', '{\u0000'))],
    ['cp1251-bytes', Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xcf, 0xf0, 0xe8, 0x22, 0x7d])],
  ];
  return cases.map(([name, body]) => ({ name: `encoding/${name}`, contentType: JSON_TYPE, key: 'own', body }));
}

/** Each field wrong in type, format or size, and hostile strings where the contract has a format. */
export function badFields(source: string, random: () => number): AbuseCase[] {
  const hostile = [
    "' OR 1=1 --",
    '"; DROP TABLE articles; --',
    '../../etc/passwd',
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    '${jndi:ldap://x/a}',
    '{{7*7}}',
    '\u202eevil',
    'ＳＥＬＥＣＴ',
    '\u0000',
    'a'.repeat(70),
    '%00',
    '\r\nX-Injected: 1',
  ];
  const wrongTypes = [null, 0, -1, 1.5, true, [], {}, ['a'], { $gt: '' }];
  const fields: Record<string, unknown[]> = {
    source: [...hostile, ...wrongTypes, '', 'UPPER', '-leading'],
    externalId: [...wrongTypes, '', '   ', 'x'.repeat(513)],
    title: [...wrongTypes, '', '   ', 't'.repeat(2_001)],
    body: [...wrongTypes, ''],
    publishedAt: [
      ...hostile,
      ...wrongTypes,
      '2026-11-25',
      '2026-11-25T10:00:00',
      '2026-02-30T10:00:00Z',
      '25/11/2026',
      '1e9',
      'now',
    ],
    url: [
      ...hostile,
      ...wrongTypes,
      'ftp://x.ru/a',
      'file:///etc/passwd',
      'data:text/html,<b>x</b>',
      'http://',
      `https://x.ru/${'a'.repeat(5_000)}`,
    ],
    lang: [...hostile, ...wrongTypes, 'russian', 'r'],
    version: [...wrongTypes.filter((v) => v !== 1.5), 0, -5, 1.5, '2', 1e308, Number.MAX_SAFE_INTEGER + 2],
    pubStatus: [...hostile, ...wrongTypes, 'deleted', 'USABLE'],
    embargoedUntil: [...hostile.slice(0, 4), 'tomorrow', 12],
    versionCreated: [...hostile.slice(0, 4), 'yesterday', 12],
  };
  const cases: AbuseCase[] = [];
  for (const [field, values] of Object.entries(fields)) {
    values.forEach((value, i) => {
      const article = { ...validArticle(source, `abuse-field-${field}-${i}`), [field]: value };
      if (field === 'source' && typeof value === 'string' && value === source) return;
      cases.push({ name: `field/${field}-${i}`, contentType: JSON_TYPE, key: 'own', body: JSON.stringify(article) });
    });
  }
  for (const field of ['source', 'externalId', 'title', 'body', 'publishedAt']) {
    const { [field]: _, ...missing } = validArticle(source, `abuse-missing-${field}`);
    cases.push({ name: `field/missing-${field}`, contentType: JSON_TYPE, key: 'own', body: JSON.stringify(missing) });
  }
  cases.push({
    name: 'field/unknown-extra-large',
    contentType: JSON_TYPE,
    key: 'own',
    body: JSON.stringify({ ...validArticle(source, ''), junk: 'j'.repeat(Math.floor(random() * 1000)) }),
  });
  return cases;
}

/** Bodies over the size limits, batches over the item limit, and nesting deep enough to hurt a recursive parser. */
export function hugeAndDeep(source: string): AbuseCase[] {
  const own = (name: string, body: string | Buffer): AbuseCase => ({ name, contentType: JSON_TYPE, key: 'own', body });
  const bigBody = JSON.stringify({ ...validArticle(source, 'abuse-huge'), body: 'б'.repeat(3 * MB) });
  return [
    own('huge/body-6mb', bigBody),
    own('huge/padding-6mb', `${' '.repeat(6 * MB)}{}`),
    own(
      'huge/batch-501',
      JSON.stringify(Array.from({ length: 501 }, (_, i) => validArticle(source, `abuse-batch-${i}`))),
    ),
    own('huge/batch-501-empty-objects', JSON.stringify(Array.from({ length: 501 }, () => ({})))),
    own('deep/array-100k', `${'['.repeat(100_000)}${']'.repeat(100_000)}`),
    own('deep/object-50k', `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`),
    own('deep/unclosed-1m', '['.repeat(1_000_000)),
    own(
      'deep/in-field',
      JSON.stringify({ ...validArticle(source, 'abuse-deep'), title: 0 }).replace(
        '"title":0',
        `"title":${'['.repeat(5_000)}${']'.repeat(5_000)}`,
      ),
    ),
    own('huge/many-keys', JSON.stringify(Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i])))),
    own('huge/long-number', `{"version":${'9'.repeat(100_000)}}`),
    own('huge/long-string-escape', `{"title":"${'\\u0041'.repeat(200_000)}"}`),
  ];
}
