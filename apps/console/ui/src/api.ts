/** The read key the pages send (kept in this browser only); the services decide what it may read. */
export function readKey(): string {
  return localStorage.getItem('readKey') ?? '';
}

export function setReadKey(key: string): void {
  localStorage.setItem('readKey', key.trim());
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** GETs `/api/...` from the console's own server, which reads it from the pipeline's services. */
export async function getJson<T>(path: string): Promise<T> {
  const key = readKey();
  const response = await fetch(`/api/${path}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as { detail?: string; title?: string };
    throw new ApiError(response.status, problem.detail ?? problem.title ?? `HTTP ${response.status}`);
  }
  return (await response.json()) as T;
}

/** POSTs JSON to `/api/...`; an admin action, so it needs an admin key. */
export async function postJson<T>(path: string, body: unknown): Promise<T> {
  const key = readKey();
  const response = await fetch(`/api/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as { detail?: string; title?: string };
    throw new ApiError(response.status, problem.detail ?? problem.title ?? `HTTP ${response.status}`);
  }
  return (await response.json()) as T;
}

/** A query string of the parameters that have a value. */
export function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) search.set(name, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

export interface ArticleSummary {
  id: string;
  source: string;
  version: number;
  status: 'active' | 'killed';
  title: string;
  lang: string;
  url: string | null;
  publishedAt: string;
  receivedAt: string;
  storedAt: string;
  storyId: string;
  duplicate: string;
  contentHash: string;
  processor: { version: string; model: string };
}

/** A row of the latest page: the list item with its first entities and its story's size (null: unknown). */
export interface LatestRow extends ArticleSummary {
  entities: { key: string; type: 'PER' | 'ORG' | 'LOC'; name: string }[];
  storySize: number | null;
}

export interface Mention {
  start: number;
  end: number;
  text: string;
}

export interface LinkedEntity {
  key: string;
  type: 'PER' | 'ORG' | 'LOC';
  name: string;
  count: number;
  mentions: Mention[];
}

/** The agency's metadata as the store returns it (the fields the pages show; every one optional). */
export interface ArticleMetadata {
  subjects?: { code?: string; uri?: string; name?: string }[];
  urgency?: number;
  byline?: string;
  people?: { name: string; role?: string }[];
  dateline?: string;
  media?: { href: string; kind: string; caption?: string; credit?: string }[];
}

export interface ArticleView extends ArticleSummary {
  text: string;
  lineage: Record<string, unknown>;
  metadata?: ArticleMetadata;
  entities: LinkedEntity[];
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface EntitySummary {
  key: string;
  type: 'PER' | 'ORG' | 'LOC';
  name: string;
  articleCount: number;
}

export interface EntityView extends EntitySummary {
  /** Every name the entity was found under, per article language (other scripts too). */
  names?: Record<string, string[]>;
  timeline: { day: string; articles: number; mentions: number }[];
  related: (EntitySummary & { sharedArticles: number })[];
}
