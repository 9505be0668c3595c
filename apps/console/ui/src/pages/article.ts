import { html } from 'htm/preact';
import type { ArticleSummary, ArticleView, Page } from '../api.js';
import { t, when } from '../i18n.js';
import { useData } from '../use-data.js';
import { entityChip, highlighted, pending } from '../widgets.js';
import { ArticleMetadataFacts } from './article-metadata.js';

/** One article: its text with every mention marked by type, its metadata, lineage and story. */
export function ArticlePage({ id }: { id: string }) {
  const article = useData<ArticleView>(`store/v1/articles/${id}`);
  if (!article.data) return pending(article);
  if (article.data.status === 'killed') return html`<${KilledArticle} article=${article.data} />`;
  const a = article.data;
  return html`<article class="article-page" lang=${a.lang}>
    <h1>${a.title}</h1>
    <dl class="facts">
      <dt>${t('source')}</dt>
      <dd>${a.source}</dd>
      <dt>${t('published')}</dt>
      <dd><time datetime=${a.publishedAt}>${when(a.publishedAt)}</time></dd>
      <dt>${t('status')}</dt>
      <dd>${a.status === 'killed' ? t('killed') : t('active')}</dd>
      <dt>${t('version')}</dt>
      <dd>${a.version}</dd>
      <dt>${t('language')}</dt>
      <dd>${a.lang}</dd>
      ${
        a.url
          ? html`<dt>URL</dt>
              <dd><a href=${a.url} rel="noopener noreferrer">${a.url}</a></dd>`
          : null
      }
    </dl>
    <${ArticleMetadataFacts} metadata=${a.metadata ?? {}} />
    <div class="layout">
      <div class="text">
        ${a.text.split(/\n{2,}/).length > 0 ? html`<p class="body">${highlighted(a.text, a.entities)}</p>` : null}
      </div>
      <aside>
        <h2>${t('entities')}</h2>
        <ul class="entity-list">
          ${a.entities.map((e) => html`<li>${entityChip(e)} <span class="muted">${e.count}</span></li>`)}
        </ul>
        <h2>${t('lineage')}</h2>
        <dl class="facts small">
          <dt>${t('received')}</dt>
          <dd>${when(a.receivedAt)}</dd>
          <dt>${t('stored')}</dt>
          <dd>${when(a.storedAt)}</dd>
          <dt>hash</dt>
          <dd><code>${a.contentHash.slice(0, 16)}</code></dd>
          <dt>processor</dt>
          <dd>${a.processor.version} / ${a.processor.model}</dd>
          ${Object.entries(a.lineage).map(
            ([k, v]) =>
              html`<dt>${k}</dt>
                <dd><code>${typeof v === 'string' ? v : JSON.stringify(v)}</code></dd>`,
          )}
        </dl>
        <${StoryArticles} storyId=${a.storyId} self=${a.id} />
      </aside>
    </div>
  </article>`;
}

function StoryArticles({ storyId, self }: { storyId: string; self: string }) {
  const story = useData<Page<ArticleSummary>>(`store/v1/stories/${storyId}?limit=20`);
  const others = story.data?.items.filter((a) => a.id !== self) ?? [];
  if (others.length === 0) return null;
  return html`<h2>${t('storyArticles')}</h2>
    <ul>
      ${others.map((o) => html`<li><a href="#/articles/${o.id}">${o.title}</a> <span class="muted">${o.source}</span></li>`)}
    </ul>`;
}

/** A killed article: the agency withdrew it, so the store withholds its title, text and entities. */
function KilledArticle({ article }: { article: ArticleView & { killedAt?: string } }) {
  return html`<article class="article-page">
    <h1><span class="badge killed">${t('killed')}</span> ${article.source}</h1>
    <p>${t('withdrawn')}</p>
    <dl class="facts">
      <dt>${t('published')}</dt>
      <dd><time datetime=${article.publishedAt}>${when(article.publishedAt)}</time></dd>
      <dt>${t('killed')}</dt>
      <dd>${when(article.killedAt ?? null)}</dd>
      <dt>${t('version')}</dt>
      <dd>${article.version}</dd>
    </dl>
  </article>`;
}
