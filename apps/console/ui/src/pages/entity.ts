import { html } from 'htm/preact';
import type { ArticleSummary, EntityView, Page } from '../api.js';
import { t, when } from '../i18n.js';
import { useData } from '../use-data.js';
import { barChart, entityChip, pending } from '../widgets.js';

/** One entity: its name, a chart of the articles that mention it per day, its companions and its articles. */
export function EntityPage({ entityKey }: { entityKey: string }) {
  const entity = useData<EntityView>(`store/v1/entities/${entityKey}`);
  const articles = useData<Page<ArticleSummary>>(`store/v1/articles?entity=${entityKey}&limit=20`);
  if (!entity.data) return pending(entity);
  const e = entity.data;
  return html`<section>
    <h1><span class="chip ${e.type}">${e.type}</span> ${e.name}</h1>
    <p class="muted">${e.articleCount} ${t('articles')}</p>
    ${barChart(
      e.timeline.map((d) => ({ label: d.day.slice(0, 10), value: d.articles })),
      t('dailyMentions'),
    )}
    <div class="layout">
      <div>
        <h2>${t('latest')}</h2>
        ${
          articles.data
            ? html`<ul>
                ${articles.data.items.map(
                  (a) =>
                    html`<li>
                      <a href="#/articles/${a.id}" lang=${a.lang}>${a.title}</a>
                      <span class="muted">${a.source}, ${when(a.publishedAt)}</span>
                    </li>`,
                )}
              </ul>`
            : pending(articles)
        }
      </div>
      <aside>
        <h2>${t('related')}</h2>
        <ul class="entity-list">
          ${e.related.map((r) => html`<li>${entityChip(r)} <span class="muted">${r.sharedArticles} ${t('sharedArticles')}</span></li>`)}
        </ul>
      </aside>
    </div>
  </section>`;
}
