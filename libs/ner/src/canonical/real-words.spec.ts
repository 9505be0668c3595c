import type { Mention } from './mention.js';
import { resolve } from './resolve.fixture.js';

// Issue #24: a canonical name is a dictionary lemma the morphology is sure of or a form the text uses, never an
// invented word. Each case below came out as a non-word before («Касый-Жомарт», «Высочайшая», «Фрид», «Астан»).
describe('canonical names are real words', () => {
  it.each<[string, [Mention['type'], string][], string]>([
    ['Визит Касыма-Жомарта Токаева в Казань.', [['PER', 'Касыма-Жомарта Токаева']], 'PER Касым-Жомарт Токаев 1'],
    ['Касыму-Жомарту Токаеву доложили.', [['PER', 'Касыму-Жомарту Токаеву']], 'PER Касым-Жомарт Токаев 1'],
    ['Встреча с Касымом-Жомартом Токаевым.', [['PER', 'Касымом-Жомартом Токаевым']], 'PER Касым-Жомарт Токаев 1'],
    ['Ректор Высшей школы экономики.', [['ORG', 'Высшей школы экономики']], 'ORG Высшая школа экономики 1'],
    ['В Высшей школе экономики.', [['ORG', 'Высшей школе экономики']], 'ORG Высшая школа экономики 1'],
    ['Клиенты «Фридом Финанса» довольны.', [['ORG', 'Фридом Финанса']], 'ORG Фридом Финанс 1'],
    ['Аналитики «Фридом Финанс» ждут роста.', [['ORG', 'Фридом Финанс']], 'ORG Фридом Финанс 1'],
    ['Игроки «Астаны» довольны.', [['ORG', 'Астаны']], 'ORG Астана 1'],
    [
      'Клуб «Астана» победил, игроки «Астаны» рады.',
      [
        ['ORG', 'Астана'],
        ['ORG', 'Астаны'],
      ],
      'ORG Астана 2',
    ],
  ])('%s', (text, marks, expected) => {
    expect(resolve(text, marks)).toEqual([expected]);
  });

  it.each<[string, [Mention['type'], string][], string]>([
    ['Отдых в Кушадаси.', [['LOC', 'Кушадаси']], 'LOC Кушадаси 1'],
    ['Курорты Малави.', [['LOC', 'Малави']], 'LOC Малави 1'],
    ['Матч в Аль Аин.', [['LOC', 'Аль Аин']], 'LOC Аль Аин 1'],
    ['Саммит в Ла Пасе.', [['LOC', 'Ла Пасе']], 'LOC Ла Пас 1'],
    ['Жители Рязани.', [['LOC', 'Рязани']], 'LOC Рязань 1'],
    ['Университет Павия основан давно.', [['LOC', 'Павия']], 'LOC Павия 1'],
    ['Города Моравии.', [['LOC', 'Моравии']], 'LOC Моравия 1'],
    ['Регион Эмилия-Романья.', [['LOC', 'Эмилия-Романья']], 'LOC Эмилия-Романья 1'],
    ['Под Катынью.', [['LOC', 'Катынью']], 'LOC Катынь 1'],
    ['Лидер Хезболлы выступил.', [['ORG', 'Хезболлы']], 'ORG Хезболла 1'],
    ['Боевики Аль-Кайды.', [['ORG', 'Аль-Кайды']], 'ORG Аль-Кайда 1'],
  ])('a foreign name keeps the words the dictionary does not decline: %s', (text, marks, expected) => {
    expect(resolve(text, marks)).toEqual([expected]);
  });

  it.each<[string, [Mention['type'], string][], string]>([
    ['Визит Виктории Нуланд.', [['PER', 'Виктории Нуланд']], 'PER Виктория Нуланд 1'],
    ['Слова Хиллари Клинтон.', [['PER', 'Хиллари Клинтон']], 'PER Хиллари Клинтон 1'],
    ['Визит Дэвида Кэмерона.', [['PER', 'Дэвида Кэмерона']], 'PER Дэвид Кэмерон 1'],
  ])('a surname ending in a consonant that stays undeclined is a woman’s: %s', (text, marks, expected) => {
    expect(resolve(text, marks)).toEqual([expected]);
  });

  it.each<[string, [Mention['type'], string][], string]>([
    ['Рейс в Алматы отменён.', [['LOC', 'Алматы']], 'LOC Алматы 1'],
    ['Торги на Московской бирже.', [['ORG', 'Московской бирже']], 'ORG Московская биржа 1'],
    ['Акции Московской биржи выросли.', [['ORG', 'Московской биржи']], 'ORG Московская биржа 1'],
    ['Эфир на Первом канале.', [['ORG', 'Первом канале']], 'ORG Первый канал 1'],
    ['На склонах Воробьёвых гор.', [['LOC', 'Воробьёвых гор']], 'LOC Воробьёвы горы 1'],
    ['Вид на Воробьёвы горы.', [['LOC', 'Воробьёвы горы']], 'LOC Воробьёвы горы 1'],
    ['Зрители Первого канала.', [['ORG', 'Первого канала']], 'ORG Первый канал 1'],
  ])('a place or organisation keeps its dictionary words: %s', (text, marks, expected) => {
    expect(resolve(text, marks)).toEqual([expected]);
  });

  it.each<[string, [Mention['type'], string][], string]>([
    [
      'Экипаж 16-й долговременной экспедиции.',
      [['ORG', '16-й долговременной экспедиции']],
      'ORG 16-я долговременная экспедиция 1',
    ],
    ['Депутаты 5-го созыва.', [['ORG', '5-го созыва']], 'ORG 5-й созыв 1'],
    ['Сотрудники 3-го управления.', [['ORG', '3-го управления']], 'ORG 3-е управление 1'],
  ])('an ordinal in digits agrees with its noun: %s', (text, marks, expected) => {
    expect(resolve(text, marks)).toEqual([expected]);
  });

  it.each<[string, [Mention['type'], string][], string]>([
    ['Гроссмейстер Гата Камский выиграл.', [['PER', 'Гата Камский']], 'PER Гата Камский 1'],
    [
      'Слова Екатерина Аталык (Половникова) сказала.',
      [['PER', 'Екатерина Аталык (Половникова']],
      'PER Екатерина Аталык Половникова 1',
    ],
  ])('a person is not read in a form no text writes: %s', (text, marks, expected) => {
    expect(resolve(text, marks)).toEqual([expected]);
  });

  it.each<[string, [Mention['type'], string][], string]>([
    ['Премия Альфреда Нобеля.', [['PER', 'Альфреда Нобеля']], 'PER Альфред Нобель 1'],
    ['Суд над Ратко Младичем.', [['PER', 'Ратко Младичем']], 'PER Ратко Младич 1'],
  ])('a foreign surname with a soft or hushing stem declines: %s', (text, marks, expected) => {
    expect(resolve(text, marks)).toEqual([expected]);
  });

  it('keeps the degree of a superlative adjective in a longer name', () => {
    expect(resolve('Совет Высшей лиги собрался.', [['ORG', 'Высшей лиги']])).toEqual(['ORG Высшая лига 1']);
  });
});
