import { AppError } from '@app/errors';
import { toWireItem } from './wire-item.builder.js';
import type { DecodeContext, WireDocument } from './wire-document.js';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;

/** A JSON body is a JSON Feed (1.0 or 1.1) when its `version` is the spec's URL. */
export function looksLikeJsonFeed(value: unknown): boolean {
  return isObject(value) && /^https?:\/\/jsonfeed\.org\/version\//.test(str(value.version) ?? '');
}

function toItem(item: Json, feed: Json, context: DecodeContext, index: number): WireDocument['items'][number] {
  const id = str(item.id);
  return toWireItem(
    {
      externalId: id,
      title: str(item.title),
      body: str(item.content_html) ?? str(item.content_text) ?? str(item.summary),
      url: str(item.url) ?? str(item.external_url),
      dates: [
        ['date_published', str(item.date_published)],
        ['date_modified', str(item.date_modified)],
      ],
      versionCreated: str(item.date_modified),
      lang: str(item.language) ?? str(feed.language),
      sourceIds: { id, url: str(item.url) },
    },
    index,
    { ...context, linkBases: [str(feed.home_page_url), str(feed.feed_url)] },
  );
}

/** A JSON Feed (jsonfeed.org 1.0, 1.1): every item is an article; its `id` (else url) identifies it. */
export function parseJsonFeed(value: unknown, context: DecodeContext = {}): WireDocument {
  if (!looksLikeJsonFeed(value) || !Array.isArray((value as Json).items))
    throw new AppError('UNSUPPORTED_FORMAT', 'a JSON Feed is an object with a jsonfeed.org "version" and "items"');
  const feed = value as Json;
  const items = (feed.items as unknown[]).map((item, i) =>
    isObject(item)
      ? toItem(item, feed, context, i)
      : { index: i, error: { code: 'VALIDATION_FAILED', message: `item ${i} is not an object` } },
  );
  return { format: 'json-feed', items };
}
