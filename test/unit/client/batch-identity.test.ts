import { describe, expect, it } from 'vitest';
import { identityChange } from '../../../src/client/batch-identity.js';
import type { Batch } from '../../../src/client/schemas.js';

const ours: Batch = { id: 3, name: 'nightly', owner: 'alice', proxyUser: 'etl', state: 'running', appId: 'application_1_0003' };

describe('identityChange', () => {
  it('sees no change in the same batch moving on', () => {
    expect(identityChange(ours, { ...ours, state: 'success' })).toBeUndefined();
    expect(identityChange({ ...ours, appId: null, state: 'starting' }, ours)).toBeUndefined();
  });

  it.each([
    ['another name', { name: 'other' }, /named 'other'/],
    ['no name', { name: null }, /no longer has a name/],
    ['another owner', { owner: 'bob' }, /belongs to bob/],
    ['another proxy user', { proxyUser: 'bob' }, /runs as bob/],
    ['another application', { appId: 'application_1_0009' }, /application is now/],
    ['no application after one', { appId: null }, /no application/],
    ['starting again after running', { state: 'starting' }, /starting again/],
  ] as const)('tells apart a batch with %s', (_what, fields, pattern) => {
    expect(identityChange(ours, { ...ours, ...fields })).toMatch(pattern);
  });
});
