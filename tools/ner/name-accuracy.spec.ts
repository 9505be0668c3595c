import { sameName, samePersonName } from './name-accuracy.js';

describe('name accuracy rules', () => {
  it('compares names case-insensitively, with «ё» = «е» and quotes ignored', () => {
    expect(sameName('«Воробьёвы горы»', 'воробьевы горы')).toBe(true);
    expect(sameName('Воробьёвы гор', 'Воробьёвы горы')).toBe(false);
  });

  it("reads a person's name as factRuEval's fields: any order, hyphens and stops as spaces", () => {
    expect(samePersonName('Ху Цзиньтао', 'Цзиньтао Ху')).toBe(true);
    expect(samePersonName('Жан-Мари Ле Пен', 'Жан Мари Ле Пен')).toBe(true);
    expect(samePersonName('Б.А. Покровский', 'Б А Покровский')).toBe(true);
  });

  it("takes a person's name without the gold patronymic, but not without another word", () => {
    expect(samePersonName('Дмитрий Медведев', 'Дмитрий Анатольевич Медведев')).toBe(true);
    expect(samePersonName('Медведев', 'Дмитрий Медведев')).toBe(false);
    expect(samePersonName('Ким Чен', 'Чен Ир Ким')).toBe(false);
  });
});
