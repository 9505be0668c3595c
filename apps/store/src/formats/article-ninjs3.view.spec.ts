import { ninjsValidator } from '../../../../test/support/ninjs-schema.js';
import { toNinjs } from './article-ninjs.view.js';
import { toNinjs3 } from './article-ninjs3.view.js';
import { entities, row } from './article-ninjs.fixture.js';

const validate2 = ninjsValidator(2);
const validate3 = ninjsValidator(3);

describe('toNinjs3', () => {
  it('writes a full article as a valid ninjs 3.3 item with the same content under 3.x names', () => {
    const item = toNinjs3(toNinjs(row(), entities));
    expect(validate3(item)).toBeNull();
    expect(validate2(item)).not.toBeNull();
    expect(item).toMatchObject({
      uri: 'urn:uuid:0b6f3c1e-2a4d-4f7e-9c1a-5d2e8f4a6b7c',
      representationType: 'full',
      versionCreated: '2026-11-25T05:00:00.000Z',
      embargoedUntil: '2026-11-25T04:00:00.000Z',
      pubStatus: 'usable',
      copyrightHolder: 'TASS',
      copyrightNotice: '© TASS',
      usageTerms: 'Subscribers only',
      altIds: [{ role: 'source', value: 'tass' }, { role: 'externalId' }, { role: 'storyId' }],
      bodies: [{ role: 'main', contentType: 'text/plain', charCount: row().text!.length }],
      people: [{ name: 'Рустам Минниханов', uri: 'urn:uuid:11111111-1111-4111-8111-111111111111', rel: 'mentioned' }],
      organisations: [{ name: 'ТАСС', uri: 'urn:uuid:33333333-3333-4333-8333-333333333333' }],
      places: [{ name: 'Татарстан', uri: 'urn:uuid:22222222-2222-4222-8222-222222222222' }],
      associations: [{ renditions: [{ contentType: 'image/jpeg', width: 800 }] }, { name: 'media-2' }],
      standard: { name: 'ninjs', version: '3.3', schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_3.3.json' },
    });
    expect(JSON.stringify(item)).not.toMatch(/"(pubstatus|contenttype|altids|embargoed)"/);
  });

  it('keeps only identity and status for a killed article', () => {
    const item = toNinjs3(toNinjs(row({ status: 'killed', pub_status: 'canceled' }), []));
    expect(validate3(item)).toBeNull();
    expect(Object.keys(item).sort()).toEqual(
      [
        'altIds',
        'pubStatus',
        'representationType',
        'standard',
        'type',
        'uri',
        'version',
        'versionCreated',
        'embargoedUntil',
      ].sort(),
    );
    expect(item.pubStatus).toBe('canceled');
  });

  it('writes a list item as a valid partial item', () => {
    const item = toNinjs3(toNinjs(row({ metadata: undefined }), null));
    expect(validate3(item)).toBeNull();
    expect(item).toMatchObject({ representationType: 'partial' });
    expect(item).not.toHaveProperty('bodies');
  });
});
