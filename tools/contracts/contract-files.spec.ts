import { asyncApiDocument, CONTRACT_SCHEMAS } from '@app/contracts';
import { DEAD_LETTER_HEADERS } from '@app/messaging';
import { asyncApiFindings } from './asyncapi.validator.js';

describe('the AsyncAPI document', () => {
  it('passes the AsyncAPI parser without errors or warnings', async () => {
    expect(await asyncApiFindings(asyncApiDocument())).toEqual({ errors: [], warnings: [] });
  });

  it('is refused when it breaks the specification', async () => {
    const broken = asyncApiDocument() as unknown as { channels: Record<string, { address: unknown }> };
    broken.channels['rawArticles']!.address = 42;
    const { errors } = await asyncApiFindings(broken);
    expect(errors.join('\n')).toMatch(/channels\/rawArticles\/address/);
  });

  it('is refused when an operation points at a channel that does not exist', async () => {
    const broken = asyncApiDocument() as unknown as { operations: Record<string, { channel: { $ref: string } }> };
    const operation = Object.values(broken.operations)[0]!;
    operation.channel.$ref = '#/channels/noSuchChannel';
    expect((await asyncApiFindings(broken)).errors.length).toBeGreaterThan(0);
  });
});

describe('the dead-letter headers contract', () => {
  it('names exactly the headers the failure policy writes', () => {
    const shape = CONTRACT_SCHEMAS['dead-letter-headers'].shape;
    expect(Object.keys(shape).sort()).toEqual(Object.values(DEAD_LETTER_HEADERS).sort());
  });
});
