import { htmlToText } from './html-to-text.js';
import { normaliseText, normaliseTitle } from './normalise-text.js';

describe('htmlToText', () => {
  it('keeps paragraphs, decodes entities and drops scripts, styles and navigation', () => {
    const html = '<nav><a>Главная</a></nav><p>Один &amp; два</p><script>alert(1)</script><style>p{}</style><div>Три<br>четыре</div><footer>©</footer>';
    expect(htmlToText(html)).toBe('Один & два\n\nТри\nчетыре');
  });
});

describe('normaliseText', () => {
  it('composes Unicode to NFC', () => {
    const decomposed = 'й'.normalize('NFD');
    expect(decomposed).toHaveLength(2);
    expect(normaliseText(decomposed)).toBe('й');
  });

  it('collapses spaces within lines and blank lines between paragraphs', () => {
    expect(normaliseText('  Казань\u00a0\u00a0 сегодня \r\n\r\n\r\n  Второй   абзац ')).toBe('Казань сегодня\n\nВторой абзац');
  });

  it('leaves plain text with angle brackets alone', () => {
    expect(normaliseText('a < b and c > d')).toBe('a < b and c > d');
  });
});

describe('normaliseTitle', () => {
  it('is one line without markup', () => {
    expect(normaliseTitle('<b>Заголовок</b>\n  дня')).toBe('Заголовок дня');
  });
});
