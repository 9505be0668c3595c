import type { ReadPrincipal } from '@app/access';
import { AppError } from '@app/errors';
import type { ArticleFilter } from '../articles/article-list.sql.js';

/** The filter narrowed to the sources the reader's key may read; asking for another source is refused. */
export function limitToReader(filter: ArticleFilter, reader: ReadPrincipal): ArticleFilter {
  if (reader.sources === null) return filter;
  if (filter.source !== undefined && !reader.sources.includes(filter.source))
    throw new AppError('FORBIDDEN_SOURCE', `this key may not read source ${filter.source}`);
  return { ...filter, sources: reader.sources };
}

/** Whether the reader may see an article of `source`; one it may not is answered as absent. */
export function mayRead(reader: ReadPrincipal, source: string): boolean {
  return reader.sources === null || reader.sources.includes(source);
}
