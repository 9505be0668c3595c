/** Strings that try to break out of a query: SQL, LIKE and tsquery syntax, encodings and Unicode tricks. */
export const HOSTILE_VALUES: readonly string[] = [
  "' OR '1'='1", "'; DROP TABLE articles; --", '1; SELECT pg_sleep(10)', "' UNION SELECT key_hash FROM api_keys --", '$1', '$$', '\\', "\\'", '%', '_', '%%%%', '\\%',
  '!', '&', '|', '!!!&&&|||', '(((', ')', ':*', "'a':* & !b", '<->', 'a <-> b <2> c', '*', 'null', 'undefined', 'NaN', 'true', '[]', '{}', '{"$gt":""}',
  '../../etc/passwd', '<script>alert(1)</script>', '${jndi:ldap://x}', '\u0000', 'a\u0000b', '%00', '%27', '\u202e', '\ufeff', '\u200b', '𝕊𝔼𝕃𝔼ℂ𝕋', 'Ｓｅｌｅｃｔ',
  'İ', 'ß', '\ud800', 'é'.normalize('NFD'), ' ', '   ', '\t\n', 'x'.repeat(501), 'я'.repeat(2_000), '-1', '0', '1e309', '0x10', '9'.repeat(400),
  '0000-01-01T00:00:00Z', '0001-01-01T00:00:00+14:00', '9999-12-31T23:59:59-14:00', '2026-11-25T10:00:00.123456789Z', '2026-13-01T00:00:00Z',
  '00000000-0000-0000-0000-000000000000', 'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF', 'ffffffff-ffff-ffff-ffff-ffffffffffff'.replace(/f/g, 'g'),
];

/** Page sizes that must be refused (400) or honoured (at most 100 items). */
export const LIMITS: readonly string[] = ['-1', '0', '101', '1000000', '1e309', 'NaN', 'Infinity', '-Infinity', '1.5', '', ' ', '5abc', '0x10', '1e2', '100', '99999999999999999999', '[]', "1' OR '1'='1"];

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value), 'utf8').toString('base64url');
const UUID = '4e8d7a5b-2a1e-5c3f-9b7d-6a5e4d3c2b1a';

/** Cursors this API never returned: garbage, wrong shapes, and right shapes with values the database cannot take. */
export const BAD_CURSORS: readonly string[] = [
  'x', '!!!', '%', b64('not json'), b64([]), b64({}), b64(null), b64([1]), b64([1, 2, 3]), b64(['a', 'b']), b64([{}, []]),
  b64(['9999-99-99T99:99:99.999999Z', UUID]), b64(['0000-01-01T00:00:00.000000Z', UUID]), b64(['2026-02-30T10:00:00.000000Z', UUID]),
  b64(['2026-11-25T10:00:00.000000Z', "x' OR '1'='1"]), b64(['2026-11-25T10:00:00.000000Z', UUID.toUpperCase()]),
  b64([2_147_483_648, UUID]), b64([-1, UUID]), b64([1e308, UUID]), b64([Number.MAX_SAFE_INTEGER, UUID]), b64([1.5, UUID]),
  'A'.repeat(1_000), 'A'.repeat(1_001), b64('["' + 'a'.repeat(700) + '"]'),
];
