import { html, render } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import { readKey, setReadKey } from './api.js';
import { currentLocale, setLocale, t, type Locale } from './i18n.js';
import { ArticlePage } from './pages/article.js';
import { DeadLettersPage } from './pages/dead-letters.js';
import { EntityPage } from './pages/entity.js';
import { LatestPage } from './pages/latest.js';
import { PipelinePage } from './pages/pipeline.js';
import { SourcesPage } from './pages/sources.js';

/** The page is chosen by the address's fragment (`#/articles/ID`), so the server serves one file. */
function useRoute(): string {
  const [route, setRoute] = useState(location.hash.slice(1) || '/');
  useEffect(() => {
    const changed = () => {
      setRoute(location.hash.slice(1) || '/');
      window.scrollTo(0, 0);
    };
    addEventListener('hashchange', changed);
    return () => removeEventListener('hashchange', changed);
  }, []);
  return route;
}

function page(route: string) {
  const [path = '/', search = ''] = route.split('?');
  const parts = path.split('/').filter(Boolean);
  if (parts[0] === 'articles' && parts[1]) return html`<${ArticlePage} key=${parts[1]} id=${parts[1]} />`;
  if (parts[0] === 'entities' && parts[1]) return html`<${EntityPage} key=${parts[1]} entityKey=${parts[1]} />`;
  if (parts[0] === 'sources') return html`<${SourcesPage} />`;
  if (parts[0] === 'pipeline') return html`<${PipelinePage} />`;
  if (parts[0] === 'dead-letters')
    return html`<${DeadLettersPage} key=${parts[1]} topic=${parts[1] === 'enriched' ? 'enriched' : 'raw'} />`;
  return html`<${LatestPage} key=${search} params=${new URLSearchParams(search)} />`;
}

function KeyForm({ onSaved }: { onSaved: () => void }) {
  const [key, setKey] = useState(readKey());
  return html`<form
    class="key"
    onSubmit=${(e: Event) => {
      e.preventDefault();
      setReadKey(key);
      onSaved();
    }}
  >
    <label
      >${t('key')}
      <input
        type="password"
        autocomplete="off"
        value=${key}
        onInput=${(e: Event) => setKey((e.target as HTMLInputElement).value)}
    /></label>
    <button type="submit">${t('save')}</button>
  </form>`;
}

function App() {
  const route = useRoute();
  const [locale, changeLocale] = useState<Locale>(currentLocale());
  const [generation, setGeneration] = useState(0);
  const nav = (href: string, label: string, active: boolean) =>
    html`<a href=${href} aria-current=${active ? 'page' : undefined}>${label}</a>`;
  const top = route.split('/')[1] ?? '';
  return html`<header>
      <a class="brand" href="#/">news-pipeline</a>
      <nav aria-label="main">
        ${nav('#/', t('latest'), top === '' || top.startsWith('?'))}
        ${nav('#/sources', t('sources'), top === 'sources')} ${nav('#/pipeline', t('pipeline'), top === 'pipeline')}
        ${nav('#/dead-letters/raw', t('deadLetters'), top === 'dead-letters')}
      </nav>
      <${KeyForm} onSaved=${() => setGeneration(generation + 1)} />
      <button
        class="locale"
        type="button"
        lang=${locale === 'en' ? 'ru' : 'en'}
        onClick=${() => {
          const next = locale === 'en' ? 'ru' : 'en';
          setLocale(next);
          changeLocale(next);
        }}
      >
        ${locale === 'en' ? 'Русский' : 'English'}
      </button>
    </header>
    <main id="main" key=${`${locale}-${generation}`}>${page(route)}</main>`;
}

document.documentElement.lang = currentLocale();
render(html`<${App} />`, document.getElementById('app')!);
