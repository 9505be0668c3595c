/** The interface's words in English and Russian; articles themselves are shown as written. */
const WORDS = {
  en: {
    latest: 'Latest',
    sources: 'Sources',
    pipeline: 'Pipeline',
    key: 'Read key',
    save: 'Save',
    source: 'Source',
    language: 'Language',
    status: 'Status',
    entity: 'Entity',
    type: 'Type',
    search: 'Search',
    any: 'any',
    active: 'active',
    killed: 'killed',
    apply: 'Apply',
    live: 'live',
    noArticles: 'No articles match.',
    story: 'story',
    articles: 'articles',
    published: 'Published',
    received: 'Received',
    stored: 'Stored',
    version: 'Version',
    entities: 'Entities',
    lineage: 'Lineage',
    storyArticles: 'Other articles of its story',
    mentions: 'mentions',
    dailyMentions: 'Articles per day',
    related: 'Mentioned with',
    sharedArticles: 'shared articles',
    lastArticle: 'Last article',
    quietFor: 'Quiet for',
    staleAfter: 'Stale after',
    stale: 'stale',
    fresh: 'fresh',
    never: 'never',
    service: 'Service',
    ready: 'Ready',
    notReady: 'not ready',
    perSecond: 'per second',
    lag: 'Consumer lag',
    deadLettered: 'Dead-lettered',
    loading: 'Loading…',
    failed: 'Could not load',
    notFound: 'Not found',
    text: 'Text',
    deadLetters: 'Dead letters',
    redrive: 'Re-drive',
    redriveAll: 'Re-drive all',
    redriven: 're-driven',
    original: 'Original',
  },
  ru: {
    latest: 'Последние',
    sources: 'Источники',
    pipeline: 'Конвейер',
    key: 'Ключ чтения',
    save: 'Сохранить',
    source: 'Источник',
    language: 'Язык',
    status: 'Статус',
    entity: 'Сущность',
    type: 'Тип',
    search: 'Поиск',
    any: 'любой',
    active: 'действует',
    killed: 'отозвана',
    apply: 'Применить',
    live: 'в реальном времени',
    noArticles: 'Подходящих статей нет.',
    story: 'сюжет',
    articles: 'статей',
    published: 'Опубликована',
    received: 'Получена',
    stored: 'Сохранена',
    version: 'Версия',
    entities: 'Сущности',
    lineage: 'Происхождение',
    storyArticles: 'Другие статьи сюжета',
    mentions: 'упоминаний',
    dailyMentions: 'Статей в день',
    related: 'Упоминается вместе с',
    sharedArticles: 'общих статей',
    lastArticle: 'Последняя статья',
    quietFor: 'Молчит',
    staleAfter: 'Устаревает через',
    stale: 'устарел',
    fresh: 'активен',
    never: 'никогда',
    service: 'Сервис',
    ready: 'Готов',
    notReady: 'не готов',
    perSecond: 'в секунду',
    lag: 'Отставание потребителя',
    deadLettered: 'В очереди ошибок',
    loading: 'Загрузка…',
    failed: 'Не удалось загрузить',
    notFound: 'Не найдено',
    text: 'Текст',
    deadLetters: 'Очереди ошибок',
    redrive: 'Отправить снова',
    redriveAll: 'Отправить снова все',
    redriven: 'отправлено снова',
    original: 'Оригинал',
  },
} as const;

export type Locale = keyof typeof WORDS;
export type Word = keyof (typeof WORDS)['en'];

let locale: Locale =
  (localStorage.getItem('locale') as Locale | null) ?? (navigator.language.startsWith('ru') ? 'ru' : 'en');

export function currentLocale(): Locale {
  return locale;
}

export function setLocale(next: Locale): void {
  locale = next;
  localStorage.setItem('locale', next);
  document.documentElement.lang = next;
}

export function t(word: Word): string {
  return WORDS[locale][word];
}

/** A date and time in the interface's locale. */
export function when(iso: string | null): string {
  if (!iso) return t('never');
  return new Date(iso).toLocaleString(locale === 'ru' ? 'ru-RU' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}
