import { detectLanguage } from './language.js';

/** A few lines of agency copy per language: what the processor sees as title and text. */
const ARTICLES: readonly (readonly [string, string, string])[] = [
  [
    'Russian',
    'ru',
    'Правительство России утвердило новые правила субсидирования региональных авиаперевозок. Как сообщила пресс-служба кабмина, в этом году на программу выделят 12 млрд рублей, что позволит сохранить около 300 маршрутов. Ранее министр транспорта заявил, что спрос на полёты между регионами вырос на 8%.',
  ],
  [
    'Russian',
    'ru',
    'Президент Татарстана встретился с делегацией из Казахстана и обсудил с ней торговлю, что важно для республики',
  ],
  [
    'Ukrainian',
    'uk',
    'Кабінет міністрів України ухвалив постанову про нові правила виплати допомоги внутрішньо переміщеним особам. Як повідомили в Міністерстві соціальної політики, зміни набудуть чинності з першого грудня. Уряд також збільшить фінансування програми на 2 млрд гривень.',
  ],
  ['Ukrainian', 'uk', 'Президент України заявив, що уряд також розглядає нові кроки для підтримки економіки'],
  [
    'Belarusian',
    'be',
    'Прэзідэнт Беларусі правёў у Мінску нараду з кіраўнікамі абласцей, на якой абмяркоўваліся пытанні падрыхтоўкі да зімы. Як паведаміла прэс-служба, асаблівая ўвага была нададзена рамонту дарог і цеплазабеспячэнню школ. Урад таксама павялічыць фінансаванне праграмы.',
  ],
  [
    'Bulgarian',
    'bg',
    'Правителството одобри на заседанието си в сряда проекта на бюджета за следващата година. Финансовият министър заяви, че дефицитът ще бъде под три процента, а разходите за отбрана ще се увеличат. Депутатите трябва да гласуват документа до края на месеца, съобщиха от парламента.',
  ],
  [
    'Serbian',
    'sr',
    'Влада Србије усвојила је у четвртак предлог закона о буџету за следећу годину. Министар финансија рекао је да ће дефицит бити мањи од три одсто, а да ће плате у јавном сектору бити повећане. Посланици ће о предлогу расправљати почетком децембра.',
  ],
  [
    'Macedonian',
    'mk',
    'Владата на Северна Македонија денеска го усвои предлогот за буџетот за следната година. Министерката за финансии изјави дека дефицитот ќе биде помал од три отсто, а платите во јавниот сектор ќе се зголемат. Пратениците ќе расправаат за документот во декември.',
  ],
  [
    'Kazakh',
    'kk',
    'Қазақстан Үкіметі келесі жылға арналған республикалық бюджет жобасын мақұлдады. Қаржы министрінің айтуынша, тапшылық жалпы ішкі өнімнің үш пайызынан аспайды. Құжат Парламент Мәжілісінің қарауына жіберілді, депутаттар оны желтоқсан айында талқылайды.',
  ],
  ['Kazakh', 'kk', 'Тоқаев Ақордада шетелдік елшілерді қабылдады'],
  [
    'Tatar',
    'tt',
    'Татарстан Хөкүмәте киләсе елга республика бюджеты проектын хуплады. Финанс министры сүзләренчә, бюджет керемнәре быел унбиш процентка артачак. Документ Дәүләт Советына җибәрелде, депутатлар аны декабрь аенда карап тикшерәчәк.',
  ],
  [
    'English',
    'en',
    'Russian President Vladimir Putin met the Kazakh leader in Astana on Tuesday, the Kremlin said, adding that the talks focused on energy and transport. A spokesman described the meeting as constructive and said a new agreement on gas supplies would be signed next month.',
  ],
  [
    'Portuguese',
    'pt',
    'O Banco Central decidiu manter a taxa de juros em 10,5% ao ano, uma decisão que era esperada pelo mercado. Em comunicado, o comitê afirmou que a inflação segue acima da meta e que novas altas não estão descartadas para os próximos meses.',
  ],
  [
    'Portuguese',
    'pt',
    'A Comissão Europeia propôs esta quarta-feira uma nova lei para reduzir as emissões dos camiões, que se aplicará a partir de 2030. Segundo a comissária, a medida é necessária para cumprir as metas climáticas e não vai aumentar os preços para os consumidores.',
  ],
  [
    'Spanish',
    'es',
    'El Gobierno aprobó este martes un paquete de medidas para contener la subida de los precios de los alimentos. Según el ministro de Economía, las ayudas no tendrán impacto en las cuentas públicas y la inflación se mantendrá dentro del objetivo este año.',
  ],
  [
    'French',
    'fr',
    'Le gouvernement a présenté mercredi un projet de loi sur les retraites, qui doit être examiné par l’Assemblée nationale avant la fin de l’année. Selon la ministre du Travail, la réforme permettra de réduire le déficit du système.',
  ],
  [
    'German',
    'de',
    'Die Regierung hat sich auf ein neues Gesetz geeinigt, das auch für die Länder gilt und nicht verschoben wird',
  ],
  [
    'Italian',
    'it',
    'Il governo ha approvato ieri il decreto sulle pensioni, che entrerà in vigore dal primo gennaio e riguarderà oltre due milioni di persone. Secondo il ministro del Lavoro, la misura non avrà effetti sul deficit.',
  ],
  [
    'Dutch',
    'nl',
    'Het kabinet heeft dinsdag een nieuw pakket maatregelen gepresenteerd om de stijgende energieprijzen te dempen. Volgens de minister van Financiën worden huishoudens met een laag inkomen het eerst geholpen, en de maatregelen gaan in januari in.',
  ],
];

describe('detectLanguage', () => {
  it.each(ARTICLES)('labels %s news %s', (_name, lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it.each([
    [
      'Kazakh names',
      'Премьер-министр Казахстана Әлихан Смайылов провёл в Астане переговоры с делегацией из Татарстана. Стороны обсудили поставки грузовиков КАМАЗ и строительство логистического центра под Қарағанды. По словам Смайылова, товарооборот между республиками за девять месяцев вырос на 15%.',
    ],
    [
      'a name in Serbian spelling',
      'Новак Ђоковић, как его имя пишут в Сербии, выиграл турнир в Белграде. В финале он обыграл Стефаноса Циципаса, а после матча поблагодарил болельщиков и сказал журналистам, что «это было непросто».',
    ],
    [
      'a phrase in Kazakh',
      'На митинге в Алматы собравшиеся скандировали «бәрі жақсы болады», а организаторы раздавали листовки на казахском и русском языках. Полиция сообщила, что акция прошла без нарушений, задержанных нет.',
    ],
    [
      'English brand names',
      'Компания Apple представила в Купертино новый iPhone и обновлённые MacBook Pro. Как отметили аналитики Bloomberg, продажи смартфонов в Европе снижаются уже третий квартал подряд, а слоган презентации It’s Glowtime стал мемом в соцсетях.',
    ],
    ['no function words (a headline)', 'Минниханов провёл совещание'],
    ['a Kazakh name (a headline)', 'Тоқаев прибыл в Астану'],
    ['no letter only Russian writes (a headline)', 'Генерал НАТО погиб в ДТП в Италии'],
    ['a separating hard sign, which Bulgarian never writes (a headline)', 'Рауль Кастро объявил дату своей отставки'],
    ['an ordinal, «3-й» (a headline)', '«Локомотив» в 3-й раз стал чемпионом России'],
  ])('keeps Russian with %s Russian', (_what, text) => {
    expect(detectLanguage(text)).toBe('ru');
  });

  it.each([
    [
      'Portuguese, Spanish and French words',
      'The café owners in São Paulo said the new rules were a fait accompli, and the mayor’s office declined to comment. Protesters chanted «¡No pasarán!» outside the city hall, where the council was debating the résumé of the proposed budget.',
    ],
    [
      'a Russian word',
      'Officials in Moscow used the word «спецоперация» throughout the briefing, and the ministry said it would publish the full transcript later in the day.',
    ],
  ])('keeps English with %s English', (_what, text) => {
    expect(detectLanguage(text)).toBe('en');
  });

  it.each([
    [
      'Kyrgyz (Cyrillic, letters shared with Kazakh and Tatar)',
      'Кыргызстандын өкмөтү кийинки жылга бюджеттин долбоорун жактырды. Финансы министринин айтымында, тартыштык үч пайыздан ашпайт жана документ жакында Жогорку Кеңешке жөнөтүлөт.',
    ],
    [
      'Polish (Latin, letters no known language has)',
      'Rząd przyjął we wtorek projekt ustawy o podatku od nieruchomości, który ma wejść w życie od przyszłego roku. Jak poinformowało ministerstwo finansów, nowe przepisy obejmą około dwóch milionów właścicieli mieszkań.',
    ],
    ['a short Ukrainian headline', 'Президент підписав закон'],
    ['digits alone', '12345 67890'],
  ])('labels %s und rather than a neighbour', (_what, text) => {
    expect(detectLanguage(text)).toBe('und');
  });

  it.each(ARTICLES)('reads %s news in decomposed form (NFD) as %s', (_name, lang, text) => {
    expect(detectLanguage(text.normalize('NFD'))).toBe(lang);
  });
});
