import { contractJsonSchema, TOPICS, type ContractName } from '@app/contracts';
import { existsSync, readFileSync } from 'node:fs';
import { incompatibilities } from './compatibility.js';

const released = contractJsonSchema('enriched-article');
const clone = () =>
  structuredClone(released) as { properties: Record<string, Record<string, unknown>>; required: string[] };

describe('incompatibilities', () => {
  it('lets a new optional field through', () => {
    const current = clone();
    current.properties['summary'] = { type: 'string' };
    expect(incompatibilities(released, current)).toEqual([]);
  });

  it('names a removed field, a newly required one and one no longer required', () => {
    const current = clone();
    delete current.properties['title'];
    current.properties['summary'] = { type: 'string' };
    current.required = [...current.required.filter((f) => f !== 'text' && f !== 'title'), 'summary'];
    expect(incompatibilities(released, current).sort()).toEqual([
      'summary: newly required',
      'text: no longer required',
      'title: removed',
    ]);
  });

  it('names a changed type or enumeration, nested fields and array items included', () => {
    const current = clone();
    current.properties['version'] = { type: 'string' };
    (current.properties['entities']!['items'] as { properties: Record<string, unknown> }).properties['type'] = {
      type: 'string',
      enum: ['PER', 'ORG', 'LOC', 'MISC'],
    };
    expect(incompatibilities(released, current).map((f) => f.split(':')[0])).toEqual([
      'version',
      'entities[items].type',
    ]);
  });
});

/**
 * The released schema of each topic version (committed when the version shipped) against what the code generates
 * now: a consumer written for `news.articles.enriched.v1` must keep working for as long as that topic exists. An
 * incompatible change moves the topic to `v2`, which has no released snapshot until it ships.
 */
describe.each([
  [TOPICS.rawArticles, 'raw-article'],
  [TOPICS.enrichedArticles, 'enriched-article'],
] as [string, ContractName][])('the released contract of %s', (topic, name) => {
  const file = new URL(`../../libs/contracts/released/${topic}.schema.json`, import.meta.url);

  it('still holds for the current schema, unless the topic version moved', () => {
    if (!existsSync(file)) return;
    const snapshot = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(incompatibilities(snapshot, contractJsonSchema(name))).toEqual([]);
  });
});
