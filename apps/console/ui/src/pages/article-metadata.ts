import { html } from 'htm/preact';
import type { ArticleMetadata } from '../api.js';
import { t } from '../i18n.js';

const conceptLabel = (c: { name?: string; code?: string; uri?: string }) => c.name ?? c.code ?? c.uri ?? '';

/**
 * What the agency said beyond title and text: subjects (each a link to the latest articles on it), urgency,
 * byline, dateline and the pictures it links to, as thumbnails that load only from the agency's own address.
 * Nothing at all for an article whose format carried none.
 */
export function ArticleMetadataFacts({ metadata }: { metadata: ArticleMetadata }) {
  const subjects = metadata.subjects ?? [];
  const pictures = (metadata.media ?? []).filter((m) => m.kind === 'picture' || m.kind === 'graphic');
  const byline = metadata.byline ?? metadata.people?.map((p) => p.name).join(', ');
  if (!subjects.length && !pictures.length && !byline && metadata.urgency === undefined && !metadata.dateline)
    return null;
  return html`<section class="metadata" aria-label=${t('metadata')}>
    <dl class="facts">
      ${
        byline
          ? html`<dt>${t('byline')}</dt>
              <dd>${byline}</dd>`
          : null
      }
      ${
        metadata.dateline
          ? html`<dt>${t('dateline')}</dt>
              <dd>${metadata.dateline}</dd>`
          : null
      }
      ${
        metadata.urgency !== undefined
          ? html`<dt>${t('urgency')}</dt>
              <dd>${metadata.urgency}</dd>`
          : null
      }
      ${
        subjects.length
          ? html`<dt>${t('subjects')}</dt>
              <dd class="chips">
                ${subjects.map((s) =>
                  s.code || s.uri
                    ? html`<a class="chip subject" href="#/?subject=${encodeURIComponent(s.code ?? s.uri ?? '')}"
                        >${conceptLabel(s)}</a
                      >`
                    : html`<span class="chip subject">${conceptLabel(s)}</span>`,
                )}
              </dd>`
          : null
      }
    </dl>
    ${
      pictures.length
        ? html`<ul class="media">
            ${pictures.map(
              (m) =>
                html`<li>
                  <a href=${m.href} rel="noopener noreferrer"
                    ><img src=${m.href} alt=${m.caption ?? ''} loading="lazy" referrerpolicy="no-referrer"
                  /></a>
                  ${m.caption || m.credit ? html`<small>${[m.caption, m.credit].filter(Boolean).join(' — ')}</small>` : null}
                </li>`,
            )}
          </ul>`
        : null
    }
  </section>`;
}
