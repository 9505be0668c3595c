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
  fillers: [
    'Решение было принято после долгого обсуждения и согласовано со всеми участниками.',
    'Окончательные сроки пока не названы, но работы планируется начать уже весной.',
    'Жители района давно жаловались на состояние дорог и нехватку общественного транспорта.',
    'Подробности соглашения стороны не раскрывают, ссылаясь на коммерческую тайну.',
    'По предварительным оценкам, стоимость проекта может вырасти из-за подорожания материалов.',
    'Это уже третья подобная встреча с начала года.',
  ],
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
  fillers: [
    'The decision followed weeks of negotiation and was approved by all parties involved.',
    'No final timetable has been set, although work is expected to begin in the spring.',
    'Residents have long complained about the state of the roads and the lack of public transport.',
    'Neither side disclosed the terms of the agreement, citing commercial confidentiality.',
    'Early estimates suggest the cost of the project could rise as materials become more expensive.',
    'It was the third such meeting since the start of the year.',
  ],
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
/** Swap-in words that start no name: swapping in «Собянин» would add an entity the article did not cast. */
const plainWords = (words: typeof RU) =>
  [...new Set([...words.fillers, ...vocabularyOf(words)].join(' ').split(' '))].filter(
    (w) => w === w.toLowerCase() && !/[«»]/.test(w),
  );
const RU_PLAIN = plainWords(RU);
const EN_PLAIN = plainWords(EN);

export interface BenchArticle {
  externalId: string;
  title: string;
  body: string;
  lang: 'ru' | 'en';
  publishedAt: string;
}

/**
 * The corpus profiles `npm run bench -- --corpus <profile>` offers. `news` (the default) matches the
 * factRuEval-2016 texts, Russian news (`npm run bench:corpus` measures both): 1,600 characters at the median
 * and 2,150 on average, 11 distinct named entities at the median (mean 14) and one mention per 83 characters.
 * `dense` is the corpus of the figures before 2026-12-07: 3,000 bytes, 26 distinct entities at the median.
 */
export const CORPUS_PROFILES = ['news', 'dense'] as const;
export type CorpusProfile = (typeof CORPUS_PROFILES)[number];

/** Takes `--corpus <profile>` (or `--corpus=<profile>`) out of the arguments. */
export function corpusOption(argv: readonly string[]): { profile: CorpusProfile; rest: string[] } {
  const args = argv.flatMap((a) => (a.startsWith('--corpus=') ? a.split('=', 2) : [a]));
  const at = args.indexOf('--corpus');
  if (at < 0) return { profile: 'news', rest: args };
  const profile = args[at + 1] as CorpusProfile;
  if (!CORPUS_PROFILES.includes(profile))
    throw new Error(`--corpus takes ${CORPUS_PROFILES.join(' or ')}, not ${args[at + 1] ?? 'nothing'}`);
  return { profile, rest: [...args.slice(0, at), ...args.slice(at + 2)] };
}

export function generateCorpus(count: number, profile: CorpusProfile = 'news'): BenchArticle[] {
  return profile === 'dense' ? denseCorpus(count) : newsCorpus(count);
}

/** Picks `k` different items of `list`. */
function sample<T>(list: readonly T[], k: number, next: () => number): T[] {
  const pool = [...list];
  return Array.from({ length: Math.min(k, pool.length) }, () => pool.splice(Math.floor(next() * pool.length), 1)[0]!);
}

/**
 * `count` distinct articles shaped like wire copy: each casts a few people, places and organisations (4 to 7
 * of each, of which the extractor finds 11 distinct at the median) and mentions them again and again, a quarter
 * of its sentences name no one, and its length runs from 600 to 5,000 characters with a long tail (median
 * 1,700, mean 2,000), Russian and English alternating.
 */
function newsCorpus(count: number, seed = 20261207): BenchArticle[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const castOf = (list: readonly string[]) => sample(list, 4 + Math.floor(next() * 4), next);
  return Array.from({ length: count }, (_, i) => {
    const lang = i % 2 === 0 ? 'ru' : 'en';
    const words = lang === 'ru' ? RU : EN;
    const vocabulary = lang === 'ru' ? RU_PLAIN : EN_PLAIN;
    const cast = { people: castOf(words.people), places: castOf(words.places), orgs: castOf(words.orgs) };
    const topic = pick(words.topics);
    const length = 600 + Math.floor(next() ** 2.2 * 4_400);
    const paragraphs: string[] = [];
    let size = 0;
    while (size < length) {
      const template =
        next() < 1 / 4
          ? pick(words.fillers)
          : pick(words.sentences)({
              p: pick(cast.people),
              l: pick(cast.places),
              o: pick(cast.orgs),
              t: next() < 0.7 ? topic : pick(words.topics),
              n: 1 + Math.floor(next() * 900),
            });
      const sentence = template
        .split(' ')
        .map((w) => (next() < 0.34 && w === w.toLowerCase() ? pick(vocabulary) : w))
        .join(' ');
      paragraphs.push(`<p>${sentence}</p>`);
      size += sentence.length + 1;
    }
    const person = cast.people[0]!;
    const title = lang === 'ru' ? `${person}: ${topic} (${i})` : `${person} on ${topic} (${i})`;
    return {
      externalId: `bench-${i}`,
      title,
      body: paragraphs.join(''),
      lang,
      publishedAt: new Date(Date.UTC(2026, 10, 25, 6, 0, i % 3600)).toISOString(),
    };
  });
}

/**
 * The `dense` profile: `count` distinct articles of about `bytes` UTF-8 bytes each, half Russian and half
 * English, built from news-like sentences with varied people, places, organisations and numbers.
 */
function denseCorpus(count: number, bytes = 3_000, seed = 20261125): BenchArticle[] {
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
