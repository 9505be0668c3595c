import { ninjsValidator } from '../../../../test/support/ninjs-schema.js';
import { entities, row } from './article-ninjs.fixture.js';
import { toNinjs } from './article-ninjs.view.js';

const validate = ninjsValidator();

describe('toNinjs', () => {
  it('writes a full article as a valid ninjs 2.4 item, entities under people, organisations and places', () => {
    const item = toNinjs(row(), entities);
    expect(validate(item)).toBeNull();
    expect(item).toMatchObject({
      uri: 'urn:uuid:0b6f3c1e-2a4d-4f7e-9c1a-5d2e8f4a6b7c',
      version: '2',
      representationtype: 'full',
      pubstatus: 'usable',
      urgency: 3,
      by: 'Анна Петрова',
      located: 'Казань',
      embargoed: '2026-11-25T04:00:00.000Z',
      people: [{ name: 'Рустам Минниханов', uri: 'urn:uuid:11111111-1111-4111-8111-111111111111' }],
      places: [{ name: 'Татарстан' }],
      organisations: [{ name: 'ТАСС' }],
      headlines: [
        { role: 'main', value: 'Налоги в Татарстане' },
        { role: 'subheadline', value: 'Подзаголовок' },
      ],
    });
    expect(item.subjects).toEqual([
      { name: 'taxation', uri: 'http://cv.iptc.org/newscodes/mediatopic/20000344', literal: 'medtop:20000344' },
      { literal: 'agency:economy' },
      { name: 'loose', literal: 'not a uri' },
    ]);
  });

  it('keeps only identity and status for a killed article, and stays valid', () => {
    const item = toNinjs(row({ status: 'killed', pub_status: 'canceled' }), []);
    expect(validate(item)).toBeNull();
    expect(item.pubstatus).toBe('canceled');
    expect(item).not.toHaveProperty('headlines');
    expect(item).not.toHaveProperty('bodies');
  });

  it('writes a list item as a partial representation without body or entities', () => {
    const item = toNinjs(row({ text: undefined, metadata: undefined, embargoed_until: null }), null);
    expect(validate(item)).toBeNull();
    expect(item.representationtype).toBe('partial');
    expect(item).not.toHaveProperty('bodies');
    expect(item).not.toHaveProperty('embargoed');
  });

  it('is checked by a validator that refuses what the schema forbids', () => {
    expect(validate({ ...toNinjs(row(), entities), urgency: 0 })).not.toBeNull();
    expect(validate({ ...toNinjs(row(), entities), title2: 'x' })).not.toBeNull();
  });
});
