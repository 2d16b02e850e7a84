import { describe, expect, it } from 'vitest';
import { retryAfterMs } from '../../../src/client/retry-after.js';

describe('retryAfterMs', () => {
  it.each([
    ['120', 120_000],
    [' 0 ', 0],
    ['Thu, 01 Jan 1970 00:00:10 GMT', 10_000],
    ['Thu, 01 Jan 1970 00:00:00 GMT', 0],
  ])('reads %j as %i ms', (value, expected) => {
    expect(retryAfterMs(value, 0)).toBe(expected);
  });

  it.each([undefined, '', 'soon', '-5'])('ignores %j', (value) => {
    expect(retryAfterMs(value, 0)).toBeUndefined();
  });
});
