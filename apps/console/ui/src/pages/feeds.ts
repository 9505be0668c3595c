import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { postJson } from '../api.js';
import { t, when } from '../i18n.js';
import { useData } from '../use-data.js';
import { duration, pending } from '../widgets.js';

interface Feed {
  id: string;
  source: string;
  url: string;
  intervalSeconds: number;
  nextPollAt: string;
  lastPolledAt: string | null;
  lastStatus: 'ok' | 'not-modified' | 'error' | null;
  lastErrorCode: string | null;
  lastError: string | null;
  consecutiveFailures: number;
  polls: number;
  pausedAt: string | null;
  backoffSeconds: number | null;
}

type Action = 'pause' | 'resume' | 'poll';

function state(feed: Feed): { badge: string; label: string } {
  if (feed.pausedAt) return { badge: 'paused', label: t('paused') };
  if (feed.consecutiveFailures > 0) return { badge: 'killed', label: t('failing') };
  return { badge: 'ok', label: t('polling') };
}

/**
 * Every source's registered feeds with their polling state, failing ones first; an admin pauses, resumes or
 * polls one now (the fetcher refuses those to a key without the `admin` scope, and the row says so).
 */
export function FeedsTable() {
  const feeds = useData<{ feeds: Feed[] }>('feeds', 3_000);
  const [outcome, setOutcome] = useState<Record<string, string>>({});
  const act = (feed: Feed, action: Action) =>
    postJson<Feed>(`feeds/${feed.id}/${action}`, {}).then(
      () => {
        setOutcome({ ...outcome, [feed.id]: '' });
        feeds.reload();
      },
      (error: Error) => setOutcome({ ...outcome, [feed.id]: error.message }),
    );
  if (!feeds.data)
    return html`<h2>${t('feeds')}</h2>
      ${pending(feeds)}`;
  const rows = [...feeds.data.feeds].sort(
    (a, b) => b.consecutiveFailures - a.consecutiveFailures || a.source.localeCompare(b.source),
  );
  return html`<h2>${t('feeds')}</h2>
    ${rows.length === 0 ? html`<p class="muted">${t('noFeeds')}</p>` : null}
    <div class="scroll">
      <table class="feeds">
        <thead>
          <tr>
            <th scope="col">${t('feed')}</th>
            <th scope="col">${t('status')}</th>
            <th scope="col">${t('lastPoll')}</th>
            <th scope="col">${t('nextPoll')}</th>
            <th scope="col">${t('lastError')}</th>
            <th scope="col">${t('backoff')}</th>
            <th scope="col">${t('polls')}</th>
            <th scope="col">${t('actions')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map((feed) => html`<${FeedRow} key=${feed.id} feed=${feed} act=${act} outcome=${outcome[feed.id]} />`)}
        </tbody>
      </table>
    </div>`;
}

function FeedRow({ feed, act, outcome }: { feed: Feed; act: (f: Feed, a: Action) => void; outcome?: string }) {
  const { badge, label } = state(feed);
  return html`<tr data-feed=${feed.id} class=${badge}>
    <th scope="row"><span class="source">${feed.source}</span> <span class="url">${feed.url}</span></th>
    <td><span class="badge ${badge}">${label}</span></td>
    <td>${when(feed.lastPolledAt)}</td>
    <td>${feed.pausedAt ? '—' : when(feed.nextPollAt)}</td>
    <td class="error-text">${feed.lastErrorCode ? html`<code>${feed.lastErrorCode}</code> ${feed.lastError}` : '—'}</td>
    <td>${duration(feed.backoffSeconds)}</td>
    <td class="polls">${feed.polls}</td>
    <td class="actions">
      ${
        feed.pausedAt
          ? html`<button type="button" class="secondary" onClick=${() => act(feed, 'resume')}>${t('resume')}</button>`
          : html`<button type="button" class="secondary" onClick=${() => act(feed, 'pause')}>${t('pause')}</button>
              <button type="button" class="secondary" onClick=${() => act(feed, 'poll')}>${t('pollNow')}</button>`
      }
      ${outcome ? html`<p role="status">${outcome}</p>` : null}
    </td>
  </tr>`;
}
