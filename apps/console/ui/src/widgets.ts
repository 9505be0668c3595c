import { html } from 'htm/preact';
import type { LinkedEntity, Mention } from './api.js';
import { t } from './i18n.js';
import type { Loaded } from './use-data.js';

/** "Loading…" or the error, for a page whose data has not arrived. */
export function pending(state: Loaded<unknown>) {
  if (state.error) return html`<p class="error" role="alert">${t('failed')}: ${state.error}</p>`;
  return html`<p class="muted" aria-busy="true">${t('loading')}</p>`;
}

export function entityChip(entity: { key: string; type: string; name: string }) {
  return html`<a class="chip ${entity.type}" href="#/entities/${entity.key}" title=${entity.type}>${entity.name}</a>`;
}

interface Marked extends Mention {
  entity: LinkedEntity;
}

/**
 * The text with each mention wrapped in a link to its entity, typed by colour; hovering shows the canonical
 * name. Offsets are UTF-16 code units, as JavaScript strings count them; overlapping mentions keep the first.
 */
export function highlighted(text: string, entities: readonly LinkedEntity[]) {
  const marks: Marked[] = entities
    .flatMap((entity) => entity.mentions.map((m) => ({ ...m, entity })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: unknown[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at || mark.end > text.length) continue;
    parts.push(text.slice(at, mark.start));
    const title = `${mark.entity.name} (${mark.entity.type})`;
    parts.push(
      html`<a class="mention ${mark.entity.type}" href="#/entities/${mark.entity.key}" title=${title}
        >${text.slice(mark.start, mark.end)}</a
      >`,
    );
    at = mark.end;
  }
  parts.push(text.slice(at));
  return parts;
}

/** A bar chart of values over days, as an accessible SVG. */
export function barChart(points: readonly { label: string; value: number }[], caption: string) {
  const width = 600;
  const height = 160;
  const max = Math.max(1, ...points.map((p) => p.value));
  const step = points.length ? width / points.length : width;
  return html`<figure class="chart">
    <svg viewBox="0 0 ${width} ${height + 20}" role="img" aria-label=${caption}>
      ${points.map((p, i) => {
        const h = Math.round((p.value / max) * height);
        return html`<g>
          <title>${p.label}: ${p.value}</title>
          <rect x=${i * step + 1} y=${height - h} width=${Math.max(1, step - 2)} height=${h} />
        </g>`;
      })}
      <line x1="0" x2=${width} y1=${height} y2=${height} class="axis" />
      ${
        points.length
          ? html`<text x="0" y=${height + 16}>${points[0]!.label}</text>
              <text x=${width} y=${height + 16} text-anchor="end">${points[points.length - 1]!.label}</text>`
          : null
      }
    </svg>
    <figcaption>${caption}</figcaption>
  </figure>`;
}

/** A small line of recent values (throughput or lag), newest on the right. */
export function sparkline(values: readonly number[], label: string) {
  const width = 160;
  const height = 32;
  const max = Math.max(1, ...values);
  const points = values.map((v, i) => `${(i / Math.max(1, values.length - 1)) * width},${height - (v / max) * height}`);
  return html`<svg class="spark" viewBox="0 0 ${width} ${height}" role="img" aria-label=${label}>
    <polyline points=${points.join(' ')} />
  </svg>`;
}

/** A span of seconds, rounded to the unit a reader wants: 45 s, 12 min, 5 h, 3 d; "—" for none. */
export function duration(seconds: number | null): string {
  if (seconds === null) return '—';
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 7_200) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172_800) return `${Math.round(seconds / 3_600)} h`;
  return `${Math.round(seconds / 86_400)} d`;
}
