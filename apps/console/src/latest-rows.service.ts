import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { UpstreamClient, type UpstreamAnswer } from './upstream.client.js';

interface Summary {
  id: string;
  version: number;
  status: string;
  storyId: string;
}

interface Chip {
  key: string;
  type: string;
  name: string;
}

/** What a row of the latest page needs beyond the list item: its first entities and its story's size. */
interface RowExtras {
  entities: Chip[];
  storySize: number | null;
}

const CHIPS = 8;
const STORY_PAGE = 100;
const CACHE_ENTRIES = 2_000;
/** A story grows while the page is open; its size is read again after this long. */
const STORY_TTL_MS = 15_000;

/**
 * The latest page in one request: the store's list, each row with its entity chips and its story's size.
 * The browser used to ask for them itself, two requests a row, six at a time, which made a 30-row page take
 * 1.6 s on a loaded machine; here they go to the store in parallel over one connection pool. Everything is read
 * with the caller's own key, so a row shows nothing the key could not read. An article's chips are cached by
 * key, id, version and status (a new version or a kill reads them again); a story's size for a few seconds.
 */
@Injectable()
export class LatestRowsService {
  private readonly chips = new Map<string, Chip[]>();
  private readonly stories = new Map<string, { size: number | null; at: number }>();

  constructor(private readonly upstreams: UpstreamClient) {}

  async rows(listPath: string, authorization?: string): Promise<UpstreamAnswer> {
    const list = await this.upstreams.get('store', listPath, authorization);
    if (list.status !== 200) return list;
    const page = JSON.parse(list.body) as { items: Summary[] };
    const who = createHash('sha256')
      .update(authorization ?? '')
      .digest('hex')
      .slice(0, 16);
    const extras = await Promise.all(page.items.map((item) => this.extras(item, who, authorization)));
    const items = page.items.map((item, i) => ({ ...item, ...extras[i] }));
    return { ...list, contentType: 'application/json', body: JSON.stringify({ ...page, items }) };
  }

  private async extras(item: Summary, who: string, authorization?: string): Promise<RowExtras> {
    const [entities, storySize] = await Promise.all([
      this.entitiesOf(item, who, authorization),
      this.storySize(item.storyId, who, authorization),
    ]);
    return { entities, storySize };
  }

  private async entitiesOf(item: Summary, who: string, authorization?: string): Promise<Chip[]> {
    const cacheKey = `${who}:${item.id}:${item.version}:${item.status}`;
    const cached = this.chips.get(cacheKey);
    if (cached) return cached;
    const answer = await this.upstreams.get('store', `/v1/articles/${item.id}`, authorization);
    if (answer.status !== 200) return [];
    const article = JSON.parse(answer.body) as { entities?: Chip[] };
    const chips = (article.entities ?? []).slice(0, CHIPS).map(({ key, type, name }) => ({ key, type, name }));
    remember(this.chips, cacheKey, chips);
    return chips;
  }

  private async storySize(storyId: string, who: string, authorization?: string): Promise<number | null> {
    const cacheKey = `${who}:${storyId}`;
    const cached = this.stories.get(cacheKey);
    if (cached && Date.now() - cached.at < STORY_TTL_MS) return cached.size;
    const answer = await this.upstreams.get('store', `/v1/stories/${storyId}?limit=${STORY_PAGE}`, authorization);
    const size = answer.status === 200 ? (JSON.parse(answer.body) as { items: unknown[] }).items.length : null;
    remember(this.stories, cacheKey, { size, at: Date.now() });
    return size;
  }
}

/** A bounded cache: the oldest entry goes first once it is full. */
function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  cache.set(key, value);
  if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value as string);
}
