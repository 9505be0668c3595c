/** A small deterministic PRNG (mulberry32), so every run benchmarks the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The blanks a sentence template fills: person, place, organisation, topic, a number. */
interface Fill {
  p: string;
  l: string;
  o: string;
  t: string;
  n: number;
}

const RU = {
  people: [
    'Рустам Минниханов',
    'Касым-Жомарт Токаев',
    'Сергей Собянин',
    'Эльвира Набиуллина',
    'Алексей Миллер',
    'Марат Хуснуллин',
    'Анна Попова',
    'Дмитрий Песков',
  ],
  places: [
    'Казани',
    'Москве',
    'Нур-Султане',
    'Набережных Челнах',
    'Екатеринбурге',
    'Новосибирске',
    'Карагандинской области',
    'Татарстане',
  ],
  orgs: ['«Татнефть»', 'КАМАЗ', 'Сбербанк', '«Газпром»', 'Минтранс', 'Центробанк', 'РЖД', '«Росатом»'],
  topics: [
    'строительство нового терминала',
    'поставки грузовиков',
    'ремонт дорог',
    'развитие туризма',
    'поддержку малого бизнеса',
    'экспорт зерна',
    'цифровизацию госуслуг',
    'подготовку к зиме',
  ],
  sentences: [
    (f: Fill) => `${f.p} провёл в ${f.l} совещание, на котором обсуждалось ${f.t}.`,
    (f: Fill) => `По словам ${f.p.split(' ')[1]}, компания ${f.o} вложит в проект ${f.n} млрд рублей.`,
    (f: Fill) => `Представители ${f.o} сообщили, что работы в ${f.l} завершатся в ${2026 + (f.n % 3)} году.`,
    (f: Fill) => `Эксперты отмечают, что ${f.t} позволит создать около ${f.n * 10} рабочих мест.`,
    (f: Fill) => `В ходе визита ${f.p} также посетил предприятия ${f.o} и встретился с жителями.`,
  ],
};
const EN = {
  people: [
    'Ursula von der Leyen',
    'Keir Starmer',
    'Christine Lagarde',
    'Satya Nadella',
    'Mary Barra',
    'Olaf Scholz',
    'Janet Yellen',
    'Tim Cook',
  ],
  places: ['Rotterdam', 'London', 'Brussels', 'Detroit', 'Frankfurt', 'Singapore', 'Seattle', 'Shanghai'],
  orgs: [
    'Maersk',
    'the European Central Bank',
    'General Motors',
    'Microsoft',
    'the Port of Rotterdam',
    'Reuters',
    'Airbus',
    'Siemens',
  ],
  topics: [
    'the port strike',
    'interest rates',
    'battery supply chains',
    'the new trade deal',
    'chip exports',
    'housing costs',
    'grid investment',
    'airport expansion',
  ],
  sentences: [
    (f: Fill) => `${f.p} met officials in ${f.l} on Tuesday to discuss ${f.t}.`,
    (f: Fill) => `A spokesperson for ${f.o} said the company would invest ${f.n} million euros over five years.`,
    (f: Fill) => `Analysts in ${f.l} expect ${f.t} to weigh on growth until ${2026 + (f.n % 3)}.`,
    (f: Fill) => `Talks between ${f.o} and the unions continued late into the night, with ${f.n} delegates present.`,
    (f: Fill) => `${f.p} told reporters that ${f.t} remained the priority for the coming months.`,
  ],
};

function vocabularyOf(words: typeof RU): string[] {
  const sample = words.sentences.map((sentence) =>
    sentence({ p: words.people[0]!, l: words.places[0]!, o: words.orgs[0]!, t: words.topics[0]!, n: 1 }),
  );
  return [
    ...new Set([...sample, ...words.people, ...words.places, ...words.orgs, ...words.topics].join(' ').split(' ')),
  ];
}
const RU_VOCABULARY = vocabularyOf(RU);
const EN_VOCABULARY = vocabularyOf(EN);

export interface BenchArticle {
  externalId: string;
  title: string;
  body: string;
  lang: 'ru' | 'en';
  publishedAt: string;
}

/**
 * `count` distinct articles of about `bytes` UTF-8 bytes each, half Russian and half English, built from
 * news-like sentences with varied people, places, organisations and numbers.
 */
export function generateCorpus(count: number, bytes = 3_000, seed = 20261125): BenchArticle[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const lang = i % 2 === 0 ? 'ru' : 'en';
    const words = lang === 'ru' ? RU : EN;
    const vocabulary = lang === 'ru' ? RU_VOCABULARY : EN_VOCABULARY;
    const paragraphs: string[] = [];
    let size = 0;
    while (size < bytes) {
      const template = pick(words.sentences)({
        p: pick(words.people),
        l: pick(words.places),
        o: pick(words.orgs),
        t: pick(words.topics),
        n: 1 + Math.floor(next() * 900),
      });
      // Swap a third of the words for others from the same vocabulary, so that articles share few word
      // 3-grams, as distinct news stories do (the story index would otherwise see one giant story).
      const sentence = template
        .split(' ')
        .map((w) => (next() < 0.34 ? pick(vocabulary) : w))
        .join(' ');
      paragraphs.push(`<p>${sentence}</p>`);
      size += Buffer.byteLength(sentence) + 7;
    }
    const title =
      lang === 'ru'
        ? `${pick(words.people)}: ${pick(words.topics)} (${i})`
        : `${pick(words.people)} on ${pick(words.topics)} (${i})`;
    return {
      externalId: `bench-${i}`,
      title,
      body: paragraphs.join(''),
      lang,
      publishedAt: new Date(Date.UTC(2026, 10, 25, 6, 0, i % 3600)).toISOString(),
    };
  });
}
