import { html } from 'htm/preact';
import { t } from '../i18n.js';
import { useData } from '../use-data.js';
import { pending, sparkline } from '../widgets.js';

interface StageSample {
  at: number;
  ready: boolean;
  handled: number | null;
  deadLettered: number | null;
  lag: number | null;
}

/** Per-second rates between consecutive samples (a counter that went down means the service restarted). */
function rates(samples: readonly StageSample[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < samples.length; i++) {
    const [a, b] = [samples[i - 1]!, samples[i]!];
    if (a.handled === null || b.handled === null) continue;
    out.push(Math.max(0, b.handled - a.handled) / ((b.at - a.at) / 1000));
  }
  return out;
}

/** Each stage's readiness, throughput and consumer lag over the last ten minutes. */
export function PipelinePage() {
  const state = useData<{ stages: { service: string; samples: StageSample[] }[] }>('pipeline', 5_000);
  if (!state.data) return pending(state);
  return html`<section>
    <h1>${t('pipeline')}</h1>
    <table class="pipeline">
      <thead>
        <tr>
          <th scope="col">${t('service')}</th>
          <th scope="col">${t('ready')}</th>
          <th scope="col">${t('articles')} ${t('perSecond')}</th>
          <th scope="col">${t('lag')}</th>
          <th scope="col">${t('deadLettered')}</th>
        </tr>
      </thead>
      <tbody>
        ${state.data.stages.map(({ service, samples }) => {
          const last = samples[samples.length - 1];
          const r = rates(samples);
          const lags = samples.map((s) => s.lag ?? 0);
          return html`<tr data-service=${service}>
            <th scope="row">${service}</th>
            <td>
              <span class="badge ${last?.ready ? 'ok' : 'killed'}">${last?.ready ? t('ready') : t('notReady')}</span>
            </td>
            <td>${sparkline(r, `${service} ${t('perSecond')}`)} ${(r[r.length - 1] ?? 0).toFixed(1)}</td>
            <td>
              ${last?.lag === null || last === undefined ? '—' : html`${sparkline(lags, `${service} ${t('lag')}`)} ${last.lag}`}
            </td>
            <td>${last?.deadLettered ?? '—'}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </section>`;
}
