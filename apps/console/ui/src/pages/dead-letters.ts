import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { postJson } from '../api.js';
import { t, when } from '../i18n.js';
import { useData } from '../use-data.js';
import { pending } from '../widgets.js';

interface DeadLetter {
  sourceTopic: string;
  partition: number;
  offset: string;
  key: string | null;
  code: string;
  reason: string;
  source: { partition: number | null; offset: string | null; group: string | null };
  failedAt: string | null;
  value: string;
  valueOmittedBytes: number | null;
  redrivenAt: string | null;
}

/** Each topic's dead letters with their reason; an admin can read the original, fix it and re-drive it. */
export function DeadLettersPage({ topic }: { topic: 'raw' | 'enriched' }) {
  // Polled, not reloaded, after a re-drive: a reload would clear what each letter says of its own re-drive.
  const state = useData<{ topic: string; letters: DeadLetter[] }>(`dead-letters?topic=${topic}`, 3_000);
  const [outcome, setOutcome] = useState<string | null>(null);
  const redriveCode = (code: string) =>
    postJson<{ redriven: number }>('dead-letters/redrive-code', { topic, code }).then(
      ({ redriven }) => setOutcome(`${t('redriven')}: ${redriven}`),
      (error: Error) => setOutcome(error.message),
    );
  const codes = [...new Set(state.data?.letters.map((l) => l.code) ?? [])];
  return html`<section>
    <h1>${t('deadLetters')}</h1>
    <nav class="tabs" aria-label=${t('deadLetters')}>
      ${(['raw', 'enriched'] as const).map(
        (name) =>
          html`<a href="#/dead-letters/${name}" aria-current=${name === topic ? 'page' : undefined}>${name}</a>`,
      )}
    </nav>
    ${
      state.data
        ? html`<p class="muted">${state.data.topic}.dlq: ${state.data.letters.length}</p>
            <div class="by-code">
              ${codes.map(
                (code) =>
                  html`<button type="button" class="secondary" onClick=${() => void redriveCode(code)}>
                    ${t('redriveAll')} ${code}
                  </button>`,
              )}
            </div>
            ${outcome ? html`<p role="status">${outcome}</p>` : null}
            <ol class="letters">
              ${state.data.letters.map((l) => html`<${Letter} key=${`${l.partition}:${l.offset}`} letter=${l} topic=${topic} />`)}
            </ol>`
        : pending(state)
    }
  </section>`;
}

function Letter({ letter, topic }: { letter: DeadLetter; topic: string }) {
  const [value, setValue] = useState(letter.value);
  const [outcome, setOutcome] = useState<string | null>(null);
  const redrive = async () => {
    try {
      const fixed = value === letter.value ? {} : { value };
      await postJson('dead-letters/redrive', { topic, partition: letter.partition, offset: letter.offset, ...fixed });
      setOutcome(t('redriven'));
    } catch (error) {
      setOutcome((error as Error).message);
    }
  };
  return html`<li class="letter" data-offset=${`${letter.partition}:${letter.offset}`}>
    <div><span class="badge killed">${letter.code}</span> <span class="reason">${letter.reason}</span></div>
    <div class="meta">
      <span>${t('source')}: ${letter.sourceTopic} ${letter.source.partition}:${letter.source.offset}</span>
      <span>${letter.source.group}</span>
      <time datetime=${letter.failedAt ?? ''}>${when(letter.failedAt)}</time>
      ${letter.key ? html`<code>${letter.key}</code>` : null}
      ${letter.redrivenAt ? html`<span class="badge ok">${t('redriven')} ${when(letter.redrivenAt)}</span>` : null}
    </div>
    <details>
      <summary>${t('original')}</summary>
      <label
        >${t('original')}
        <textarea
          rows="8"
          spellcheck="false"
          value=${value}
          onInput=${(e: Event) => setValue((e.target as HTMLTextAreaElement).value)}
        ></textarea>
      </label>
      <button type="button" onClick=${() => void redrive()}>${t('redrive')}</button>
      ${outcome ? html`<span role="status">${outcome}</span>` : null}
    </details>
  </li>`;
}
