import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { query, type LatestRow, type Page } from '../api.js';
import { t, when } from '../i18n.js';
import { useData } from '../use-data.js';
import { entityChip, pending } from '../widgets.js';

interface Filters {
  source?: string;
  lang?: string;
  status?: string;
  entity?: string;
  entityType?: string;
  subject?: string;
  q?: string;
}

const LIVE_MS = 3_000;

/** Newest articles first, refreshed every few seconds, with filters kept in the page's address. */
export function LatestPage({ params }: { params: URLSearchParams }) {
  const filters: Filters = Object.fromEntries(params.entries());
  const list = useData<Page<LatestRow>>(`latest${query({ ...filters, limit: '30' })}`, LIVE_MS);
  return html`<section>
    <h1>${t('latest')} <span class="live" aria-label=${t('live')}>● ${t('live')}</span></h1>
    <${FilterForm} filters=${filters} />
    ${
      list.data
        ? list.data.items.length
          ? html`<ol class="articles">
              ${list.data.items.map((a) => html`<${ArticleRow} key=${a.id} article=${a} />`)}
            </ol>`
          : html`<p class="muted">${t('noArticles')}</p>`
        : pending(list)
    }
  </section>`;
}

function FilterForm({ filters }: { filters: Filters }) {
  const [draft, setDraft] = useState<Filters>(filters);
  const field = (name: keyof Filters, label: string) =>
    html`<label>
      ${label}
      <input
        name=${name}
        value=${draft[name] ?? ''}
        onInput=${(e: Event) => setDraft({ ...draft, [name]: (e.target as HTMLInputElement).value })}
      />
    </label>`;
  const submit = (e: Event) => {
    e.preventDefault();
    location.hash = `#/${query(draft as Record<string, string>)}`;
  };
  return html`<form class="filters" onSubmit=${submit}>
    ${field('q', t('search'))} ${field('source', t('source'))} ${field('lang', t('language'))}
    <label>
      ${t('status')}
      <select
        name="status"
        value=${draft.status ?? ''}
        onChange=${(e: Event) => setDraft({ ...draft, status: (e.target as HTMLSelectElement).value })}
      >
        <option value="">${t('any')}</option>
        <option value="active">${t('active')}</option>
        <option value="killed">${t('killed')}</option>
      </select>
    </label>
    ${field('subject', t('subject'))} ${field('entity', t('entity'))}
    <label>
      ${t('type')}
      <select
        name="entityType"
        value=${draft.entityType ?? ''}
        onChange=${(e: Event) => setDraft({ ...draft, entityType: (e.target as HTMLSelectElement).value })}
      >
        <option value="">${t('any')}</option>
        <option value="PER">PER</option>
        <option value="ORG">ORG</option>
        <option value="LOC">LOC</option>
      </select>
    </label>
    <button type="submit">${t('apply')}</button>
  </form>`;
}

/** A row: title, source, time, story size and entity chips, all in the one answer of `/api/latest`. */
function ArticleRow({ article }: { article: LatestRow }) {
  const size = article.storySize;
  return html`<li class="article ${article.status}">
    <a class="title" href="#/articles/${article.id}" lang=${article.lang}>${article.title ?? t('withdrawnTitle')}</a>
    <div class="meta">
      <span class="source">${article.source}</span>
      <time datetime=${article.publishedAt}>${when(article.publishedAt)}</time>
      <span class="lang">${article.lang}</span>
      ${article.status === 'killed' ? html`<span class="badge killed">${t('killed')}</span>` : null}
      ${size && size > 1 ? html`<span class="badge">${t('story')}: ${size >= 100 ? '100+' : size}</span>` : null}
    </div>
    <div class="chips">${article.entities.map(entityChip)}</div>
  </li>`;
}
