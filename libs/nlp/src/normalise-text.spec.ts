import { looksLikeHtml } from './html-to-text.js';
import { escapeHtml, normaliseText, normaliseTitle, textAsHtml as asEscapedHtml } from './normalise-text.js';

/** A deterministic pseudo-random generator (mulberry32), so a failing case can be reproduced. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('normaliseText', () => {
  it('composes Unicode to NFC', () => {
    const decomposed = 'й'.normalize('NFD');
    expect(decomposed).toHaveLength(2);
    expect(normaliseText(decomposed)).toBe('й');
  });

  it('collapses spaces within lines and blank lines between paragraphs', () => {
    expect(normaliseText('  Казань\u00a0\u00a0 сегодня \r\n\r\n\r\n  Второй   абзац ')).toBe(
      'Казань сегодня\n\nВторой абзац',
    );
  });

  it('leaves plain text with angle brackets alone', () => {
    expect(normaliseText('a < b and c > d')).toBe('a < b and c > d');
    expect(normaliseText('Пишите нам <press@tass.ru> или звоните.')).toBe('Пишите нам <press@tass.ru> или звоните.');
    expect(normaliseText('Если a<b и c>d')).toBe('Если a<b и c>d');
  });

  it('drops invisible characters before collapsing spaces', () => {
    expect(normaliseText('слово \u200b слово\u00ad \ufeff\n\u200b\nещё')).toBe('слово слово\n\nещё');
  });

  it('joins a source-wrapped HTML paragraph into one line', () => {
    expect(normaliseText('<p>Минниханов провёл\n совещание.</p>\n<p>Второй абзац.</p>')).toBe(
      'Минниханов провёл совещание.\n\nВторой абзац.',
    );
  });

  // Outputs with no markup of their own: each is a fixed point as a plain body and as escaped HTML.
  const plainOutputs = [
    'Пишите нам <press@tass.ru> или звоните.',
    'Если a<b и c>d, то a<d.',
    'Тег <script> вставляет код; текст после него остаётся.',
    'x > 0 и y < 0\n<<< >>>',
    'AT&T и Johnson & Johnson; R&D, &amp без точки с запятой, &foo;',
    'Первая строка\nвторая строка\n\nВторой абзац — с тире.',
    '— Диалог начинается с тире.\n— И продолжается.',
    'Москва 5\nКазань 3',
    '«Ёлки» и „лапки“, O’Neil, Нур-Султан, Ростов-на-Дону',
    'Эмодзи 👍🏽 и флаг 🇷🇺, 漢字, é',
    'Подстановки $& $1 $$ и обратная черта \\ остаются',
    'Не тег: </b и <!- и <a = b>',
  ];

  it.each(plainOutputs)('gives %j back as a plain body and as escaped HTML', (output) => {
    expect(normaliseText(output)).toBe(output);
    expect(normaliseText(asEscapedHtml(output))).toBe(output);
  });

  // Outputs that contain markup of their own (from escaped HTML) read as HTML again as a plain body;
  // escaped, they come back exactly.
  const markupOutputs = [
    'Пресс-служба: <press@tass.ru>. Тег <br> переносит строку.',
    '<script>alert(1)</script> — пример из статьи, и текст после него.',
    'Сущность &lt; пишут вместо <, а &amp;lt; — вместо &lt;',
    '<p>Абзац</p> и <!-- комментарий -->',
  ];

  it.each(markupOutputs)('gives %j back as escaped HTML', (output) => {
    expect(looksLikeHtml(output)).toBe(true);
    expect(normaliseText(asEscapedHtml(output))).toBe(output);
  });

  it('is a fixed point on its own output, as escaped HTML always and as a plain body unless it has markup', () => {
    const fragments = [
      '<',
      '>',
      '&',
      ';',
      '#',
      '/',
      '=',
      '"',
      'amp',
      'lt',
      'nbsp',
      '#171',
      'p',
      'b',
      'br',
      'td',
      'script',
      '!--',
      '--',
      'press@tass.ru',
      ' ',
      '  ',
      '\t',
      '\n',
      '\n\n',
      '\r\n',
      '\u00a0',
      '\u3000',
      '\u2028',
      '\u200b',
      '\u00ad',
      '\u200d',
      '-',
      '–',
      '\u2011',
      '`',
      'й'.normalize('NFD'),
      '\u0301',
      'e',
      'слово',
      'Word',
      '«',
      '»',
      '“',
      '”',
      '„',
      '1',
    ];
    const next = random(20261125);
    let plainChecked = 0;
    for (let i = 0; i < 2000; i++) {
      const body = Array.from(
        { length: 1 + Math.floor(next() * 24) },
        () => fragments[Math.floor(next() * fragments.length)],
      ).join('');
      for (const input of [body, `<p>${body}</p>`]) {
        const output = normaliseText(input);
        expect([input, normaliseText(asEscapedHtml(output))]).toEqual([input, output]);
        if (looksLikeHtml(output)) continue;
        expect([input, normaliseText(output)]).toEqual([input, output]);
        plainChecked++;
      }
    }
    expect(plainChecked).toBeGreaterThan(1000);
  });
});

describe('normaliseTitle', () => {
  it('is one line without markup', () => {
    expect(normaliseTitle('<b>Заголовок</b>\n  дня')).toBe('Заголовок дня');
  });

  it('gives a stored title back when it is sent with & < > escaped', () => {
    for (const title of ['Тег <br> и &lt; в заголовке', 'AT&T и <press@tass.ru>', 'Казань — сегодня']) {
      expect(normaliseTitle(escapeHtml(title))).toBe(title);
    }
  });
});
