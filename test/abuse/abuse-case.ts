/** Which key a request presents: the source's own, none, a made-up one, or another source's. */
export type KeyChoice = 'own' | 'none' | 'forged' | 'other-source' | { header: string };

/** One hostile or malformed intake request, and what must not happen to it. */
export interface AbuseCase {
  /** Family and variant, for the failure report (`broken-json/truncated-57`). */
  name: string;
  contentType?: string;
  key: KeyChoice;
  body: string | Buffer;
  extraHeaders?: Record<string, string>;
}

/** A valid article of the abuse suite's own source, which each case breaks in one way. */
export function validArticle(source: string, externalId = 'abuse-ok'): Record<string, unknown> {
  return {
    source,
    externalId,
    title: 'Заголовок новости',
    body: '<p>Текст новости.</p>',
    publishedAt: '2026-11-25T10:00:00+03:00',
    lang: 'ru',
  };
}

export const JSON_TYPE = 'application/json';
