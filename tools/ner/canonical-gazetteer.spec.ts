import { parseLabel } from './canonical-gazetteer.js';

describe('parseLabel', () => {
  it('splits a Wikidata label into first name, patronymic and surname', () => {
    expect(parseLabel('Нурсултан Абишевич Назарбаев')).toEqual({
      first: 'Нурсултан',
      patronymic: 'Абишевич',
      last: 'Назарбаев',
    });
    expect(parseLabel('Касым-Жомарт Токаев')).toEqual({ first: 'Касым-Жомарт', last: 'Токаев' });
    expect(parseLabel('Руснок, Иржи')).toEqual({ first: 'Иржи', last: 'Руснок' });
  });

  it('skips labels that are not a plain Russian name', () => {
    expect(parseLabel('Елизавета II')).toBeUndefined();
    expect(parseLabel('Barack Obama')).toBeUndefined();
    expect(parseLabel('Ким Чен Ын')).toBeUndefined();
  });
});
