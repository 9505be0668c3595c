import { htmlToText, looksLikeHtml } from './html-to-text.js';

describe('htmlToText', () => {
  it('keeps paragraphs, decodes entities and drops scripts, styles and navigation', () => {
    const html =
      '<nav><a>Главная</a></nav><p>Один &amp; два</p><script>alert(1)</script><style>p{}</style><div>Три<br>четыре</div><footer>©</footer>';
    expect(htmlToText(html)).toBe('Один & два\n\nТри\nчетыре');
  });

  it('reads source whitespace, newlines and blank lines included, as one space inside a paragraph', () => {
    expect(htmlToText('<p>Минниханов провёл\n  совещание\n\nв Казани.</p>\n\n<p>Второй\tабзац.</p>')).toBe(
      'Минниханов провёл совещание в Казани.\n\nВторой абзац.',
    );
  });

  it('breaks lines only at <br>, a double <br> and a blank <pre> line being paragraph breaks', () => {
    expect(htmlToText('Один<br>два<br><br>Три')).toBe('Один\nдва\n\nТри');
    expect(htmlToText('<pre>x = 1\ny = 2\n\nz</pre>')).toBe('x = 1\ny = 2\n\nz');
  });

  it("separates table cells with a space and puts each row on a line of the table's paragraph", () => {
    const html =
      '<p>Итоги:</p><table><caption>Медали</caption><thead><tr><th>Город</th><th>Золото</th></tr></thead><tbody><tr><td>Москва</td><td>5</td></tr><tr><td>Казань</td><td>3</td></tr></tbody></table><p>Конец.</p>';
    expect(htmlToText(html)).toBe('Итоги:\n\nМедали\n\nГород Золото\nМосква 5\nКазань 3\n\nКонец.');
  });

  it("keeps the header, footer and aside of an article and drops the page's", () => {
    const html =
      '<body><header>Меню сайта</header><main><article><header><h1>Заголовок</h1><p>Лид.</p></header><p>Текст.</p>' +
      '<aside>Справка.</aside><footer>Автор: Иван Петров</footer></article><aside>Популярное</aside></main><footer>© ТАСС</footer></body>';
    expect(htmlToText(html)).toBe('Заголовок\n\nЛид.\n\nТекст.\n\nСправка.\n\nАвтор: Иван Петров');
    expect(htmlToText('<main><header>Рубрика</header><p>Текст.</p></main><nav>Дальше</nav>')).toBe('Рубрика\n\nТекст.');
  });

  it('drops the document head and media fallback text, and keeps a figure caption as a paragraph', () => {
    expect(htmlToText('<html><head><title>ТАСС — новости</title><meta charset="utf-8"></head><body>Текст')).toBe(
      'Текст',
    );
    const html =
      '<p>Один.</p><video src="v.mp4"><p>Ваш браузер не поддерживает видео.</p></video><audio>Нет звука</audio>' +
      '<noscript>Включите JavaScript</noscript><template><p>Шаблон</p></template><figure><img src="a.jpg"><figcaption>Фото: ТАСС</figcaption></figure><p>Два.</p>';
    expect(htmlToText(html)).toBe('Один.\n\nФото: ТАСС\n\nДва.');
  });

  it('ends the paragraph at a dropped block, as the page shows it', () => {
    expect(htmlToText('Текст<nav>Меню</nav>ещё')).toBe('Текст\n\nещё');
  });
});

describe('looksLikeHtml', () => {
  it.each([
    '<p>Один</p>',
    'Заголовок</b>',
    '<hl2>Подзаголовок</hl2>',
    'Один<br>два',
    'Фото <img src="a.jpg">',
    '<p>Один<p>Два',
    'Начало <p class="lead">абзаца',
    '<!-- comment --> Текст',
    'Один &amp; два',
    'Казань&nbsp;сегодня',
    '&#171;Кавычки&#x00BB;',
  ])('takes %j as HTML', (text) => {
    expect(looksLikeHtml(text)).toBe(true);
  });

  it.each([
    'Пишите нам <press@tass.ru> или звоните.',
    'Если a<b и c>d, то a<d.',
    'if a<b and c>d',
    'Тег <script> вставляет код.',
    'AT&T и Johnson & Johnson; R&D',
    'Цена &amp без точки с запятой, &foo; не сущность',
    '<<< и >>>',
  ])('takes %j as plain text', (text) => {
    expect(looksLikeHtml(text)).toBe(false);
  });
});
