import { ninjsValidator } from '../../../../test/support/ninjs-schema.js';
import { row } from './article-ninjs.fixture.js';
import { toNinjsStory } from './article-ninjs-story.view.js';
import { toNinjs3 } from './article-ninjs3.view.js';

const validate2 = ninjsValidator(2);
const validate3 = ninjsValidator(3);

describe('toNinjsStory', () => {
  const storyId = '44444444-4444-4444-8444-444444444444';
  const articles = [
    row(),
    row({ id: '55555555-5555-4555-8555-555555555555', status: 'killed', pub_status: 'canceled' }),
  ];

  it('writes a story as a composite whose associations are its articles, valid in 2.4 and 3.3', () => {
    const story = toNinjsStory(storyId, articles, true);
    expect(validate2(story)).toBeNull();
    expect(validate3(toNinjs3(story))).toBeNull();
    expect(story).toMatchObject({ uri: `urn:uuid:${storyId}`, type: 'composite', representationtype: 'full' });
    expect((story.associations as { uri: string; pubstatus: string }[]).map((a) => [a.uri, a.pubstatus])).toEqual([
      ['urn:uuid:0b6f3c1e-2a4d-4f7e-9c1a-5d2e8f4a6b7c', 'usable'],
      ['urn:uuid:55555555-5555-4555-8555-555555555555', 'canceled'],
    ]);
    expect(toNinjs3(story).associations).toEqual([
      expect.objectContaining({ standard: expect.objectContaining({ version: '3.3' }) as object }),
      expect.objectContaining({ pubStatus: 'canceled' }),
    ]);
  });

  it('says a page of a longer story is partial', () => {
    expect(toNinjsStory(storyId, articles, false).representationtype).toBe('partial');
  });
});
