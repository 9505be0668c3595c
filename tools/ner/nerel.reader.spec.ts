import type { GoldSpan } from './factru.reader.js';
import { parseNerelDoc, projectSpans } from './nerel.reader.js';

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
    expect(
      project(text, [
        ['ORG', 'Конгресса США'],
        ['LOC', 'США'],
      ]),
    ).toEqual(['ORG Конгресса', 'LOC США']);
  });

  it('keeps a brand name that contains a place whole', () => {
    const text = 'в эфире Голоса Америки сказал';
    expect(
      project(text, [
        ['ORG', 'Голоса Америки'],
        ['LOC', 'Америки'],
      ]),
    ).toEqual(['ORG Голоса Америки']);
  });

  it('drops a leading lower-case descriptor and a dangling preposition', () => {
    const text = 'компания «Татнефть» сообщила';
    expect(project(text, [['ORG', 'компания «Татнефть»']])).toEqual(['ORG Татнефть']);
    const embassy = 'Посольство США в Москве';
    expect(
      project(embassy, [
        ['ORG', embassy],
        ['LOC', 'США'],
        ['LOC', 'Москве'],
      ]),
    ).toEqual(['ORG Посольство США', 'LOC Москве']);
  });
});

describe('parseNerelDoc', () => {
  it('keeps PRODUCT mentions apart as partly labelled: O or ORG', () => {
    const text = 'Google купила YouTube в 2006 году.';
    const ann = ['T1\tORGANIZATION 0 6\tGoogle', 'T2\tPRODUCT 14 21\tYouTube', 'T3\tDATE 24 28\t2006', ''].join('\n');
    const doc = parseNerelDoc('x', text, ann);
    expect(doc.spans.map((s) => `${s.type} ${text.slice(s.start, s.end)}`)).toEqual(['ORG Google']);
    expect(doc.partial.map((p) => `${p.type} ${text.slice(p.start, p.end)}`)).toEqual(['ORG YouTube']);
  });
});
