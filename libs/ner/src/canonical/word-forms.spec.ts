import { loadMorphology } from '../morphology/index.js';
import { isFormOf, mayBeFormOf } from './word-forms.js';

const morphology = loadMorphology();

describe('isFormOf', () => {
  it.each([
    ['Газпром нефти', 'Газпром нефть'],
    ['Черного моря', 'Черное море'],
    ['Олега Дерипаски', 'Олег Дерипаска'],
    ['Александра Лукашенко', 'Александр Лукашенко'],
    ['Илона Маска', 'Илон Маск'],
    ['Набиуллиной', 'Набиуллина'],
  ])('reads %s as a form of %s', (written, nominative) => {
    expect(isFormOf(morphology, written, nominative)).toBe(true);
  });

  it.each([
    ['Газпром нефть', 'Газпром нефти'],
    ['Ивановой', 'Иванов'],
    ['Москвы', 'Минск'],
    ['Черного моря', 'Черное море Азии'],
  ])('does not read %s as a form of %s', (written, nominative) => {
    expect(isFormOf(morphology, written, nominative)).toBe(false);
  });
});

describe('mayBeFormOf', () => {
  it('compares the shape of the words only', () => {
    expect(mayBeFormOf('Кока-Колы', 'Кока-Кола')).toBe(true);
    expect(mayBeFormOf('Кока-Колы', 'Кока Кола')).toBe(false);
    expect(mayBeFormOf('Льва', 'Лев')).toBe(true);
    expect(mayBeFormOf('Александра', 'Алла')).toBe(false);
    expect(mayBeFormOf('Москвы', 'Минск')).toBe(false);
  });
});
