import { html } from 'htm/preact';
import type { ArticleSummary, EntityView, Page } from '../api.js';
import { t, when } from '../i18n.js';
import { useData } from '../use-data.js';
import { barChart, entityChip, pending } from '../widgets.js';

/** Every name it was found under, per language («Токаев» in Russian stories, "Tokayev" in English ones). */
function aliases(e: EntityView) {
  const rows = Object.entries(e.names ?? {}).filter(([, names]) => names.length > 0);
  if (rows.flatMap(([, names]) => names).length < 2) return null;
  return html`<dl class="aliases">
    <dt>${t('alsoKnownAs')}</dt>
    ${rows.map(([lang, names]) => html`<dd lang=${lang}><span class="lang">${lang}</span> ${names.join(', ')}</dd>`)}
  </dl>`;
}

/** One entity: its name, a chart of the articles that mention it per day, its companions and its articles. */
export function EntityPage({ entityKey }: { entityKey: string }) {
  const entity = useData<EntityView>(`store/v1/entities/${entityKey}`);
  const articles = useData<Page<ArticleSummary>>(`store/v1/articles?entity=${entityKey}&limit=20`);
  if (!entity.data) return pending(entity);
  const e = entity.data;
  return html`<section>
    <h1><span class="chip ${e.type}">${e.type}</span> ${e.name}</h1>
    <p class="muted">${e.articleCount} ${t('articles')}</p>
    ${aliases(e)}
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
