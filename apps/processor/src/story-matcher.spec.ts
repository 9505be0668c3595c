import { minhash } from '@app/nlp';
import { assignStory, type Fingerprint } from './story-matcher.js';

const text =
  'Президент Татарстана Рустам Минниханов провёл совещание с руководством республики и поручил ускорить ремонт дорог в Казани и Набережных Челнах до конца года.';
const fp = (articleId: string, body: string, storyId = articleId, contentHash = body): Fingerprint => ({
  articleId,
  storyId,
  contentHash,
  signature: minhash(body),
});

describe('assignStory', () => {
  it('heads a new story when nothing resembles it', () => {
    expect(
      assignStory(fp('a', text), undefined, [
        fp('x', 'Совсем другая новость о хоккее и футболе в Москве в выходные дни'),
      ]),
    ).toEqual({ storyId: 'a', duplicate: 'unique' });
  });

  it('joins the story of an identical text as an exact duplicate', () => {
    expect(assignStory(fp('b', text), undefined, [fp('a', text, 'story-1')])).toEqual({
      storyId: 'story-1',
      duplicate: 'exact',
    });
  });

  it('joins the story of a lightly edited text as a near duplicate', () => {
    expect(
      assignStory(fp('b', text.replace('до конца года', 'до конца месяца')), undefined, [fp('a', text, 'story-1')]),
    ).toEqual({ storyId: 'story-1', duplicate: 'near' });
  });

  it('keeps its own story for a new version of itself, ignoring its own fingerprint', () => {
    const own = fp('a', text, 'story-7');
    expect(assignStory(fp('a', `${text} Обновлено.`), own, [own])).toEqual({ storyId: 'story-7', duplicate: 'unique' });
  });

  it('answers the same text of the same article as it did the first time, though a copy has been seen since', () => {
    const head = { ...fp('a', text), duplicate: 'unique' as const };
    const copy = { ...fp('b', text, 'a'), duplicate: 'exact' as const };
    expect(assignStory(fp('a', text), head, [head, copy])).toEqual({ storyId: 'a', duplicate: 'unique' });
    expect(assignStory(fp('b', text), copy, [head, copy])).toEqual({ storyId: 'a', duplicate: 'exact' });
  });

  it('matches afresh when its stored fingerprint has no status (kept before statuses were)', () => {
    const head = fp('a', text);
    expect(assignStory(fp('a', text), head, [head, fp('b', text, 'a')])).toEqual({ storyId: 'a', duplicate: 'exact' });
  });

  it('keeps a head its own story and status when its agency corrects it, though the correction resembles a copy', () => {
    const head = { ...fp('a', text), duplicate: 'unique' as const };
    const copy = { ...fp('b', text, 'a'), duplicate: 'exact' as const };
    expect(assignStory(fp('a', text.replace('до конца года', 'до конца месяца')), head, [head, copy])).toEqual({
      storyId: 'a',
      duplicate: 'unique',
    });
  });

  it('lets a corrected copy stay in its story as a near duplicate', () => {
    const head = { ...fp('a', text), duplicate: 'unique' as const };
    const copy = { ...fp('b', text, 'a'), duplicate: 'exact' as const };
    expect(assignStory(fp('b', text.replace('до конца года', 'до конца месяца')), copy, [head, copy])).toEqual({
      storyId: 'a',
      duplicate: 'near',
    });
  });

  it('links a standalone article to no story, and no article to it', () => {
    const empty = { ...fp('a', ''), standalone: true };
    expect(assignStory({ ...fp('b', ''), standalone: true }, undefined, [empty])).toEqual({
      storyId: 'b',
      duplicate: 'unique',
    });
    expect(assignStory(fp('c', ''), undefined, [empty])).toEqual({ storyId: 'c', duplicate: 'unique' });
  });
});
