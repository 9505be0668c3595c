import { asyncApiDocument, CONTRACT_SCHEMAS } from '@app/contracts';
import { DEAD_LETTER_HEADERS } from '@app/messaging';
import { asyncApiErrors } from './asyncapi.validator.js';

describe('the AsyncAPI document', () => {
  it('is valid AsyncAPI 3.0', () => {
    expect(asyncApiErrors(asyncApiDocument())).toEqual([]);
  });

  it('is refused when it breaks the specification', () => {
    const broken = asyncApiDocument() as unknown as { channels: Record<string, { address: unknown }> };
    broken.channels['rawArticles']!.address = 42;
    expect(asyncApiErrors(broken).length).toBeGreaterThan(0);
  });
});

describe('the dead-letter headers contract', () => {
  it('names exactly the headers the failure policy writes', () => {
    const shape = CONTRACT_SCHEMAS['dead-letter-headers'].shape;
    expect(Object.keys(shape).sort()).toEqual(Object.values(DEAD_LETTER_HEADERS).sort());
  });
});
