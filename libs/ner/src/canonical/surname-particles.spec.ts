import { surnameStart } from './surname-particles.js';

describe('surnameStart', () => {
  it.each([
    ['Марин Ле Пен', 1],
    ['Урсула фон дер Ляйен', 1],
    ['Луис Инасиу Лула да Силва', 3],
    ['фон дер Ляйен', -1],
    ['Бен Аффлек', -1],
    ['Реджеп Тайип Эрдоган', -1],
    ['Марин Ле', -1],
  ])('%s → %i', (name, at) => {
    expect(surnameStart(name.split(' '))).toBe(at);
  });
});
