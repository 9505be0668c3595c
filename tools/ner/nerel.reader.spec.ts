import type { GoldSpan } from './factru.reader.js';
import { projectSpans } from './nerel.reader.js';

function project(text: string, spans: Array<[GoldSpan['type'], string]>): string[] {
  let from = 0;
  const raw = spans.map(([type, part]) => {
    const start = text.indexOf(part, type === 'ORG' ? 0 : from);
    from = start;
    return { type, start, end: start + part.length };
  });
  return projectSpans(text, raw).map((s) => `${s.type} ${text.slice(s.start, s.end)}`);
}

describe('projectSpans', () => {
  it("cuts a state body's trailing country off, as factRuEval's org_name does", () => {
    const text = 'член Конгресса США заявил';
    expect(project(text, [['ORG', 'Конгресса США'], ['LOC', 'США']])).toEqual(['ORG Конгресса', 'LOC США']);
  });

  it('keeps a brand name that contains a place whole', () => {
    const text = 'в эфире Голоса Америки сказал';
    expect(project(text, [['ORG', 'Голоса Америки'], ['LOC', 'Америки']])).toEqual(['ORG Голоса Америки']);
  });

  it('drops a leading lower-case descriptor and a dangling preposition', () => {
    const text = 'компания «Татнефть» сообщила';
    expect(project(text, [['ORG', 'компания «Татнефть»']])).toEqual(['ORG Татнефть']);
    const embassy = 'Посольство США в Москве';
    expect(project(embassy, [['ORG', embassy], ['LOC', 'США'], ['LOC', 'Москве']])).toEqual(['ORG Посольство США', 'LOC Москве']);
  });
});
