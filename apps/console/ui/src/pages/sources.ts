import { html } from 'htm/preact';
import { t, when } from '../i18n.js';
import { useData } from '../use-data.js';
import { duration, pending } from '../widgets.js';
import { FeedsTable } from './feeds.js';

interface SourceStatus {
  source: string;
  lastArticleAt: string | null;
  secondsSinceLastArticle: number | null;
  staleAfterSeconds: number;
  stale: boolean;
}

/** Every source's freshness, the ones gone quiet first. */
export function SourcesPage() {
  const state = useData<{ sources: SourceStatus[] }>('sources', 10_000);
  if (!state.data) return pending(state);
  const sources = [...state.data.sources].sort(
    (a, b) =>
      Number(b.stale) - Number(a.stale) ||
      (b.secondsSinceLastArticle ?? Infinity) - (a.secondsSinceLastArticle ?? Infinity),
  );
  return html`<section>
    <h1>${t('sources')}</h1>
    <table class="sources">
      <thead>
        <tr>
          <th scope="col">${t('source')}</th>
          <th scope="col">${t('status')}</th>
          <th scope="col">${t('lastArticle')}</th>
          <th scope="col">${t('quietFor')}</th>
          <th scope="col">${t('staleAfter')}</th>
        </tr>
      </thead>
      <tbody>
        ${sources.map(
          (s) =>
            html`<tr class=${s.stale ? 'stale' : ''} data-source=${s.source}>
              <th scope="row">${s.source}</th>
              <td><span class="badge ${s.stale ? 'killed' : 'ok'}">${s.stale ? t('stale') : t('fresh')}</span></td>
              <td>${when(s.lastArticleAt)}</td>
              <td>${duration(s.secondsSinceLastArticle)}</td>
              <td>${duration(s.staleAfterSeconds)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <${FeedsTable} />
  </section>`;
}
