import { transliterate } from '@app/nlp';

/**
 * Names of the generated entities: people, organisations and places in Russian and English, built from lists that
 * share their first letters (Каз-ань, Каз-аков, Kaz-an, Ka-ren), so a short prefix matches thousands of entities and
 * a long one a few, as on a real store.
 */
const RU_FIRST =
  'Александр Алексей Андрей Владимир Дмитрий Иван Казбек Камиль Марат Михаил Николай Олег Павел Рустам Сергей Тагир Тимур Фарид Юрий Ильдар'.split(
    ' ',
  );
const RU_FIRST_F = 'Анна Елена Ольга Татьяна Тамара Мария Наталья Карина Гульнара Светлана'.split(' ');
const RU_PATRONYMIC = 'Александров Алексеев Андреев Владимиров Иванов Петров Сергеев Николаев Тимуров Маратов'.split(
  ' ',
);
const RU_LAST =
  'Иванов Петров Сидоров Смирнов Кузнецов Казаков Казанцев Каримов Тихонов Титов Тарасов Миннуллин Минниханов Хабибуллин Шайхутдинов Васильев Попов Соколов Морозов Волков Зайцев Лебедев Козлов Новиков Фёдоров Орлов Гарипов Галиев Сафин Ахметов'.split(
    ' ',
  );
const EN_FIRST =
  'John James Mary Karen Kate Kevin Tom Thomas Tim Sarah David Michael Emma Olivia Peter Paul Robert Linda Susan Katherine'.split(
    ' ',
  );
const EN_LAST =
  'Smith Johnson Brown Taylor Thompson Turner Kane Kaplan Carter Walker Harris Clark Lewis Young King Wright Baker Adams Nelson Hill Campbell Mitchell Roberts Phillips Evans Edwards Collins Stewart Morris Murphy'.split(
    ' ',
  );
const RU_ORG_KIND = 'Банк Завод Компания Группа Фонд Театр Союз Агентство Холдинг Институт Клуб Университет'.split(' ');
const RU_ORG =
  'Восток Заря Казаньоргсинтез Татнефть Таттелеком Транснефть Газпром Роснефть КАМАЗ Сбербанк Тандем Титан Кама Волга Север Прогресс Ракета Спартак Динамо Рубин Ак Барс Энергия Элемент Меридиан Гранит Алмаз Орион Сокол Темп Тайфун'.split(
    ' ',
  );
const EN_ORG_KIND =
  'Bank Group Holdings Foundation Institute Agency Partners Capital Motors Energy Media Systems'.split(' ');
const EN_ORG =
  'Kappa Karma Kestrel Keystone Titan Thames Trident Tower Summit Atlas Orion Pioneer Horizon Vertex Siemens Reuters Acme Apex Beacon Crown Falcon Granite Harbor Liberty Meridian Northstar Oak Pinnacle Sterling Union'.split(
    ' ',
  );
const RU_CITY =
  'Казань Москва Тверь Тула Томск Тюмень Тамбов Казахстан Калуга Кострома Самара Саратов Уфа Пермь Омск Новосибирск Екатеринбург Челябинск Иркутск Сочи'.split(
    ' ',
  );
const EN_CITY =
  'London Kansas Kent Kingston Texas Toronto Tokyo Tampa Boston Berlin Ottawa Oxford Dallas Denver Chicago Seattle Portland Austin Houston Miami'.split(
    ' ',
  );
const RU_PLACE_KIND = 'улица проспект площадь район село посёлок'.split(' ');
const EN_PLACE_KIND = 'Street Avenue Square County Park Bridge'.split(' ');

/** Picks the list items of `i` read as a mixed-radix number, so consecutive entities differ in every part. */
function pick(i: number, ...lists: string[][]): string[] {
  const out: string[] = [];
  let n = i;
  for (const list of lists) {
    out.push(list[n % list.length]!);
    n = Math.floor(n / list.length);
  }
  return out;
}

const female = (surname: string) => (/(ов|ев|ин)$/.test(surname) ? `${surname}а` : surname);

function russianName(type: string, i: number): string {
  if (type === 'PER') {
    const [last, patronymic, first] = pick(i, RU_LAST, RU_PATRONYMIC, [...RU_FIRST, ...RU_FIRST_F]);
    return RU_FIRST_F.includes(first!)
      ? `${first} ${patronymic}на ${female(last!)}`
      : `${first} ${patronymic}ич ${last}`;
  }
  if (type === 'ORG') {
    const [name, kind, city] = pick(i, RU_ORG, RU_ORG_KIND, RU_CITY);
    return `${kind} «${name}» (${city})`;
  }
  const [last, kind, city] = pick(i, RU_LAST, RU_PLACE_KIND, RU_CITY);
  return kind === 'село' || kind === 'посёлок' || kind === 'район'
    ? `${kind} ${last}о, ${city}`
    : `${kind} ${last}а, ${city}`;
}

function englishName(type: string, i: number): string {
  if (type === 'PER') {
    const [last, first, initial] = pick(i, EN_LAST, EN_FIRST, [...'ABCDEFGHJKLMNPRSTW']);
    return `${first} ${initial}. ${last}`;
  }
  if (type === 'ORG') {
    const [name, kind, city] = pick(i, EN_ORG, EN_ORG_KIND, EN_CITY);
    return `${name} ${kind} ${city}`;
  }
  const [last, kind, city] = pick(i, EN_LAST, EN_PLACE_KIND, EN_CITY);
  return `${last} ${kind}, ${city}`;
}

export interface BenchEntityName {
  type: string;
  /** The entity's display name. */
  name: string;
  /** Its names by language, as the store files them from the articles that mention it. */
  names: { lang: string; name: string }[];
}

/**
 * Entity `i`: three in five have a Russian name, one in four of those also an English spelling (as when English
 * articles name a Russian person); the rest have an English name.
 */
export function benchEntityName(i: number): BenchEntityName {
  const type = ['PER', 'ORG', 'LOC'][i % 3]!;
  const j = Math.floor(i / 3);
  if (i % 5 < 3) {
    const name = russianName(type, j);
    const names = [{ lang: 'ru', name }];
    if (i % 4 === 0) names.push({ lang: 'en', name: transliterate(name) });
    return { type, name, names };
  }
  const name = englishName(type, j);
  return { type, name, names: [{ lang: 'en', name }] };
}
