import { estimateJaccard, minhash, minhashBands, MINHASH_BANDS } from './minhash.js';

describe('minhash', () => {
  const story =
    'Президент Татарстана Рустам Минниханов во вторник провёл совещание с руководством республики. Обсуждались вопросы подготовки к зиме, ремонта дорог и строительства новых школ в Казани и Набережных Челнах. По итогам встречи Минниханов поручил ускорить ввод объектов и усилить контроль за качеством работ подрядчиков.';

  it('rates a lightly edited copy as similar and an unrelated text as dissimilar', () => {
    const edited = story.replace('во вторник', 'в среду');
    const other =
      'Сборная России по хоккею обыграла команду Белоруссии в товарищеском матче в Москве со счётом 4:2 и завершила сбор.';
    expect(estimateJaccard(minhash(story), minhash(edited))).toBeGreaterThanOrEqual(0.5);
    expect(estimateJaccard(minhash(story), minhash(other))).toBeLessThan(0.2);
  });

  it('is deterministic and gives similar texts a shared band key', () => {
    expect(minhash(story)).toEqual(minhash(story));
    const a = minhashBands(minhash(story));
    const b = minhashBands(minhash(story.replace('во вторник', 'в среду')));
    expect(a).toHaveLength(MINHASH_BANDS);
    expect(a.some((key, i) => key === b[i])).toBe(true);
  });
});
