import type { ArticleFormat } from './article-format.js';
import { NINJS_MEDIA_TYPE, toNinjs, type NinjsItem } from './article-ninjs.view.js';
import { NINJS3_MEDIA_TYPE, toNinjs3 } from './article-ninjs3.view.js';
import type { ArticleRow, LinkedEntityRow } from '../articles/article.view.js';

export type NinjsFormat = Exclude<ArticleFormat, 'json'>;

/** The `Content-Type` of a ninjs item in each version served. */
export const NINJS_MEDIA_TYPES: Readonly<Record<NinjsFormat, string>> = {
  ninjs: NINJS_MEDIA_TYPE,
  ninjs3: NINJS3_MEDIA_TYPE,
};

/** A ninjs 2.4 item (from `toNinjs` or `toNinjsStory`) in the version asked for. */
export function inVersion(format: NinjsFormat, item: NinjsItem): NinjsItem {
  return format === 'ninjs3' ? toNinjs3(item) : item;
}

/** An article as a ninjs item in the version asked for; `entities` null makes a list's partial item. */
export function articleAsNinjs(
  format: NinjsFormat,
  row: ArticleRow,
  entities: readonly LinkedEntityRow[] | null,
): NinjsItem {
  return inVersion(format, toNinjs(row, entities));
}
