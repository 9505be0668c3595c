import type pg from 'pg';
import type { TimedPage } from './page-timer.js';

/** Every row of the latest list with its entity chips (a killed one has none): the list and its per-row reads are in. */
const LIST_RENDERED = `(() => {
  const rows = [...document.querySelectorAll('li.article')];
  return rows.length > 0 && rows.every((row) => row.classList.contains('killed') || row.querySelector('.chips a'));
})()`;

/**
 * The pages an operator opens, with what shows each one's data: the newest article and the entity in most
 * articles (the heaviest chart and co-mention query) and a typical one, read from the seeded database.
 */
export async function consolePages(db: pg.Client): Promise<TimedPage[]> {
  const article = (
    await db.query<{ id: string }>("SELECT id FROM articles WHERE status = 'active' ORDER BY published_at DESC LIMIT 1")
  ).rows[0]!.id;
  const entities = await db.query<{ key: string }>(
    `(SELECT key FROM entities ORDER BY article_count DESC LIMIT 1)
     UNION ALL (SELECT key FROM entities WHERE article_count BETWEEN 20 AND 200 ORDER BY key LIMIT 1)`,
  );
  const [top, typical] = entities.rows.map((r) => r.key);
  const entityRendered = `!!(document.querySelector('figure.chart svg rect') &&
    document.querySelector('.layout > div > ul li') && document.querySelector('aside .entity-list li'))`;
  return [
    {
      name: 'Latest (the first row shown)',
      hash: '#/',
      rendered: "!!document.querySelector('li.article')",
    },
    { name: 'Latest', hash: '#/', rendered: LIST_RENDERED },
    { name: 'Latest, one source', hash: '#/?source=bench-3', rendered: LIST_RENDERED },
    { name: 'Latest, one entity (the busiest)', hash: `#/?entity=${top}`, rendered: LIST_RENDERED },
    {
      name: 'Article',
      hash: `#/articles/${article}`,
      rendered: `!!(document.querySelector('.body') && document.querySelector('.entity-list li'))`,
    },
    { name: 'Entity (the busiest)', hash: `#/entities/${top}`, rendered: entityRendered },
    { name: 'Entity (typical)', hash: `#/entities/${typical ?? top}`, rendered: entityRendered },
    {
      name: 'Sources and feeds',
      hash: '#/sources',
      rendered: `!!(document.querySelector('table.sources tbody tr') && document.querySelector('table.feeds'))`,
    },
    { name: 'Pipeline', hash: '#/pipeline', rendered: `!!document.querySelector('tr[data-service="store"]')` },
    { name: 'Dead letters', hash: '#/dead-letters/raw', rendered: `!!document.querySelector('ol.letters')` },
  ];
}
