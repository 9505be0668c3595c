/** Words the generator builds texts from: common ones often, so full-text queries meet both frequent and rare terms. */
export const RUSSIAN_WORDS = [
  'правительство', 'президент', 'министр', 'заявил', 'сообщил', 'встреча', 'переговоры', 'экономика', 'налоги', 'бюджет',
  'регион', 'область', 'город', 'столица', 'жители', 'строительство', 'завод', 'производство', 'грузовиков', 'нефти',
  'газа', 'рынок', 'цены', 'рост', 'снижение', 'инфляция', 'банк', 'ставка', 'компания', 'акции', 'выборы', 'депутаты',
  'закон', 'суд', 'решение', 'полиция', 'авария', 'погода', 'снег', 'морозы', 'дороги', 'транспорт', 'метро', 'школы',
  'университет', 'студенты', 'больница', 'врачи', 'вакцина', 'спорт', 'матч', 'команда', 'победа', 'чемпионат', 'культура',
  'театр', 'выставка', 'музей', 'фестиваль', 'Татарстане', 'Казани', 'Москве', 'Сибири', 'Арктике', 'границе',
];

export const ENGLISH_WORDS = [
  'government', 'president', 'minister', 'said', 'reported', 'meeting', 'talks', 'economy', 'taxes', 'budget', 'region',
  'province', 'city', 'capital', 'residents', 'construction', 'plant', 'production', 'trucks', 'oil', 'gas', 'market',
  'prices', 'growth', 'decline', 'inflation', 'bank', 'rate', 'company', 'shares', 'elections', 'lawmakers', 'law', 'court',
  'ruling', 'police', 'crash', 'weather', 'snow', 'frost', 'roads', 'transport', 'subway', 'schools', 'university',
  'students', 'hospital', 'doctors', 'vaccine', 'sport', 'match', 'team', 'victory', 'championship', 'culture', 'theatre',
  'exhibition', 'museum', 'festival', 'Tatarstan', 'Kazan', 'Moscow', 'Siberia', 'Arctic', 'border',
];

/** Name stems of generated entities; each is suffixed with a number, so a prefix matches a realistic share. */
export const ENTITY_STEMS = [
  'Москва', 'Казань', 'Татарстан', 'Сибирь', 'Газпром', 'Роснефть', 'КАМАЗ', 'Сбербанк', 'Иванов', 'Петров', 'Сидоров',
  'Смирнова', 'London', 'Berlin', 'Reuters', 'Siemens', 'Smith', 'Johnson', 'Brown', 'United Nations', 'Texas', 'Ottawa',
];
