import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LivyError } from '../../../src/client/errors.js';
import { LivyClient } from '../../../src/client/livy-client.js';
import { pathSegment } from '../../../src/client/path-segment.js';
import { FakeLivy } from '../../support/fake-livy.js';

describe('pathSegment', () => {
  it('encodes a name', () => {
    expect(pathSegment('nightly etl/2')).toBe('nightly%20etl%2F2');
  });

  it.each(['', '.', '..'])('refuses the name %j, which would address another path', (name) => {
    expect(() => pathSegment(name, 'batch')).toThrow(LivyError);
  });

  it.each([-1, 1.5, 1e23, 2_147_483_648, Number.NaN])('refuses the id %d', (id) => {
    expect(() => pathSegment(id, 'batch')).toThrow(/batch id .* is out of range \(0 to 2147483647\)/);
  });

  it('refuses an all-digit name too large for an id, as typed', () => {
    expect(() => pathSegment('100000000000000000000000', 'session')).toThrow(/session id 100000000000000000000000 is out of range/);
  });

  it('passes the largest id', () => {
    expect(pathSegment(2_147_483_647)).toBe('2147483647');
  });
});

describe('the client with such a reference', () => {
  let fake: FakeLivy;
  beforeEach(async () => {
    fake = await new FakeLivy().start();
  });
  afterEach(() => fake.stop());

  it('sends nothing for DELETE of the batch named ..', async () => {
    const client = new LivyClient({ url: fake.url });
    await expect(client.batches.delete('..')).rejects.toThrow(/'\.\.' is not a valid batch name/);
    await client.close();
    expect(fake.requests).toEqual([]);
  });
});
