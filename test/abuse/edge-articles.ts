import { validArticle } from './abuse-case.js';

/**
 * Articles that pass the intake's field rules yet are hostile or at the edge of what the later stages accept.
 * The promise holds for each: refused at the intake (4xx), or acknowledged and then stored (with any markup
 * turned into plain text); never acknowledged and then lost to a dead-letter topic.
 */
export function edgeArticles(source: string): { name: string; article: Record<string, unknown> }[] {
  const a = (name: string, fields: Record<string, unknown>) => ({
    name,
    article: { ...validArticle(source, `edge-${name}`), ...fields },
  });
  return [
    a('script-in-title', { title: '<script>alert(1)</script>Заголовок <img src=x onerror=alert(2)>' }),
    a('script-in-body', {
      body: '<p>Текст</p><script>document.cookie</script><iframe src="javascript:alert(3)"></iframe><p onclick="x()">ещё</p>',
    }),
    a('only-script-body', { body: '<script>alert(1)</script>' }),
    a('only-markup-title', { title: '<b></b>' }),
    a('sql-in-text', { title: "'; DROP TABLE articles; --", body: "Robert'); DELETE FROM entities; --" }),
    a('nul-in-body', { body: 'Текст\u0000с нулём' }),
    a('nul-in-title', { title: 'Заголовок\u0000' }),
    a('lone-surrogate', { body: 'Текст \ud800 без пары' }),
    a('nul-in-external-id', { externalId: 'edge-nul\u0000id' }),
    a('lone-surrogate-in-external-id', { externalId: 'edge-\udc00' }),
    a('bidi-override', { title: '\u202eтекст наоборот', body: 'Текст \u200b\u200d\ufeff' }),
    a('year-0000', { publishedAt: '0000-01-01T00:00:00Z' }),
    a('year-0001-east', { publishedAt: '0001-01-01T00:00:00+14:00' }),
    a('year-9999-west', { publishedAt: '9999-12-31T23:59:59-14:00' }),
    a('nanoseconds', { publishedAt: '2026-11-25T10:00:00.123456789+03:00' }),
    a('upper-case-lang', { lang: 'RU' }),
    a('version-over-int32', { version: 2_147_483_648 }),
    a('embargo-year-0000', { embargoedUntil: '0000-01-01T00:00:00Z' }),
    a('huge-body-4mb', { body: `<p>${'слово '.repeat(700_000)}</p>` }),
    a('many-paragraphs', { body: '<p>a</p>'.repeat(200_000) }),
    a('deep-html', { body: `${'<div>'.repeat(50_000)}текст${'</div>'.repeat(50_000)}` }),
    a('title-2000-emoji', { title: '😀'.repeat(1_000) }),
    a('external-id-512-unicode', { externalId: `edge-${'ж'.repeat(507)}` }),
  ];
}
