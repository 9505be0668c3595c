import { ENTITY_TYPES } from './labels.js';
import { joinNameParticles } from './name-particles.js';
import { applySpanRule } from './span-rule.fixture.js';

const PER = ENTITY_TYPES.indexOf('PER');
const ORG = ENTITY_TYPES.indexOf('ORG');
/** Runs the rule over spans given as [first, last, type] token ranges (tokens: words and punctuation). */
const run = (text: string, ...spans: Array<[number, number, number?]>) =>
  applySpanRule(
    joinNameParticles,
    text,
    spans.map(([first, last, type]) => ({ first, last, type: type ?? PER })),
  );

describe('joinNameParticles', () => {
  it('joins a person split at its particles, wherever the tagger put them', () => {
    expect(run('Урсула фон дер Ляйен заявила.', [0, 1], [3, 3])).toEqual(['PER Урсула фон дер Ляйен']);
    expect(run('Ангела Меркель и Отто фон Бисмарк.', [0, 1], [3, 3], [4, 5])).toEqual([
      'PER Ангела Меркель',
      'PER Отто фон Бисмарк',
    ]);
    expect(run('Леонардо да Винчи родился.', [0, 0], [2, 2])).toEqual(['PER Леонардо да Винчи']);
    expect(run('Йоханнес ван дер Мейде рассказал.', [0, 0], [3, 3])).toEqual(['PER Йоханнес ван дер Мейде']);
    expect(run('Marco van Basten scored.', [0, 0], [2, 2])).toEqual(['PER Marco van Basten']);
  });

  it('leaves names without particles, other types, punctuation and lower-case words after the particle alone', () => {
    expect(run('Иван Петров и Анна Иванова.', [0, 1], [3, 4])).toEqual(['PER Иван Петров', 'PER Анна Иванова']);
    expect(run('Визит в Монако де факто отменён.', [2, 2, ORG])).toEqual(['ORG Монако']);
    expect(run('Сказал Путин, да и всё.', [1, 1])).toEqual(['PER Путин']);
    expect(run('Урсула фон.', [0, 1])).toEqual(['PER Урсула фон']);
    expect(run('Газета Кориера делла Сера пишет.', [1, 1])).toEqual(['PER Кориера']);
    expect(run('Шарль де Голль сказал.', [0, 2])).toEqual(['PER Шарль де Голль']);
  });
});
