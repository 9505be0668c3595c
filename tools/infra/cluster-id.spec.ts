import { newClusterId } from './cluster-id.js';

describe('newClusterId', () => {
  it('is 22 base64url characters', () => {
    for (let i = 0; i < 100; i++) expect(newClusterId()).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('draws again rather than start with "-", which the storage tool would read as a flag', () => {
    const leadingDash = Buffer.from(`fb${'00'.repeat(15)}`, 'hex');
    const draws = [leadingDash, Buffer.alloc(16, 1)];
    expect(leadingDash.toString('base64url')).toMatch(/^-/);
    expect(newClusterId(() => draws.shift()!)).toBe(Buffer.alloc(16, 1).toString('base64url'));
  });
});
