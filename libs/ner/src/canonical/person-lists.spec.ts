import { mentionsOf, resolve } from './resolve.fixture.js';
import { personLists } from './person-lists.js';

const listsIn = (text: string, names: readonly string[]): number[][] =>
  personLists(
    text,
    mentionsOf(
      text,
      names.map((n) => ['PER', n]),
    ),
  );

describe('personLists', () => {
  it('joins names by a conjunction, with commas before it', () => {
    expect(listsIn('романы Толстого и Петрова', ['Толстого', 'Петрова'])).toEqual([[0, 1]]);
    expect(listsIn('музыка Баха, Генделя, или Глюка звучала', ['Баха', 'Генделя', 'Глюка'])).toEqual([[0, 1, 2]]);
  });

  it('takes no list from commas alone nor from names apart', () => {
    expect(listsIn('По словам Толстого, Петрова уехала.', ['Толстого', 'Петрова'])).toEqual([]);
    expect(listsIn('Толстого видели, а Петрова нет.', ['Толстого', 'Петрова'])).toEqual([]);
  });
});

describe('resolveEntities: names of one list share a case', () => {
  it('reads a name listed with a declined one in an oblique case', () => {
    expect(
      resolve('Вышли романы Толстого и Петрова.', [
        ['PER', 'Толстого'],
        ['PER', 'Петрова'],
      ]),
    ).toEqual(['PER Толстой 1', 'PER Петров 1']);
  });

  it('keeps a name as written when no list joins it or the dictionary does not know the other reading', () => {
    expect(
      resolve('По словам Толстого, Петрова уехала.', [
        ['PER', 'Толстого'],
        ['PER', 'Петрова'],
      ]),
    ).toEqual(['PER Толстой 1', 'PER Петрова 1']);
    expect(
      resolve('Вышли книги Толстого и Харада.', [
        ['PER', 'Толстого'],
        ['PER', 'Харада'],
      ]),
    ).toEqual(['PER Толстой 1', 'PER Харада 1']);
  });
});
