import { resolve } from './resolve.fixture.js';

describe('resolveEntities: an organisation keeps the owner the text writes after it', () => {
  it.each<[string, ['ORG' | 'LOC', string][], string[]]>([
    [
      'Решение Конгресса США.',
      [
        ['ORG', 'Конгресса'],
        ['LOC', 'США'],
      ],
      ['ORG Конгресс США 1', 'LOC США 1'],
    ],
    [
      'Заявление Министерства сельского хозяйства Германии.',
      [
        ['ORG', 'Министерства сельского хозяйства'],
        ['LOC', 'Германии'],
      ],
      ['ORG Министерство сельского хозяйства Германии 1', 'LOC Германия 1'],
    ],
    [
      'Сотрудники Института археологии РАН.',
      [
        ['ORG', 'Института археологии'],
        ['ORG', 'РАН'],
      ],
      ['ORG Институт археологии РАН 1', 'ORG РАН 1'],
    ],
    [
      'Член Палаты представителей Конгресса США.',
      [
        ['ORG', 'Палаты представителей'],
        ['ORG', 'Конгресса'],
        ['LOC', 'США'],
      ],
      ['ORG Палата представителей Конгресса США 1', 'ORG Конгресс США 1', 'LOC США 1'],
    ],
    [
      'Суд Южного округа Нью-Йорка.',
      [
        ['LOC', 'Южного округа'],
        ['LOC', 'Нью-Йорка'],
      ],
      ['LOC Южный округ Нью-Йорка 1', 'LOC Нью-Йорк 1'],
    ],
    [
      'Жители Казани Татарстана.',
      [
        ['LOC', 'Казани'],
        ['LOC', 'Татарстана'],
      ],
      ['LOC Казань 1', 'LOC Татарстан 1'],
    ],
  ])('%s', (text, marks, expected) => {
    expect(resolve(text, marks)).toEqual(expected);
  });

  it('joins the bare name elsewhere in the text to the organisation with its owner', () => {
    const text = 'Депутаты Госдумы России собрались. Госдума приняла закон.';
    expect(
      resolve(text, [
        ['ORG', 'Госдумы'],
        ['LOC', 'России'],
        ['ORG', 'Госдума'],
      ]),
    ).toEqual(['ORG Госдума России 2', 'LOC Россия 1']);
  });

  it('takes no owner across punctuation, nor a name that cannot be a genitive', () => {
    const text = 'Газпром, Россия и Газпром Германия.';
    expect(
      resolve(text, [
        ['ORG', 'Газпром'],
        ['LOC', 'Россия'],
        ['ORG', 'Газпром'],
        ['LOC', 'Германия'],
      ]),
    ).toEqual(['ORG Газпром 2', 'LOC Россия 1', 'LOC Германия 1']);
  });
});
