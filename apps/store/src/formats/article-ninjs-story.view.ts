import { NINJS_SCHEMA_URI, NINJS_VERSION, toNinjs, type NinjsItem } from './article-ninjs.view.js';
import type { ArticleRow } from '../articles/article.view.js';

/**
 * A story (the articles the processor clustered under one story id) as a ninjs 2.4 item of type `composite`:
 * ninjs' news nature for a package of items. Each article on the page is an association, named by its place in
 * the story, as the partial item a list gives (a killed one keeps only its identity). A story read in pages is
 * `partial` until its last page; the next page's address is not ninjs and goes in a `Link` header.
 */
export function toNinjsStory(storyId: string, rows: readonly ArticleRow[], complete: boolean): NinjsItem {
  return {
    uri: `urn:uuid:${storyId}`,
    type: 'composite',
    representationtype: complete ? 'full' : 'partial',
    altids: [{ role: 'storyId', value: storyId }],
    associations: rows.map((row) => ({ name: `article-${row.id}`, ...toNinjs(row, null) })),
    standard: { name: 'ninjs', version: NINJS_VERSION, schema: NINJS_SCHEMA_URI },
  };
}
