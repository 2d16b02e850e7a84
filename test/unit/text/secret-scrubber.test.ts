import { describe, expect, it } from 'vitest';
import { basicCredentialForms, SecretScrubber } from '../../../src/text/secret-scrubber.js';

describe('SecretScrubber', () => {
  it('replaces every occurrence of a secret', () => {
    const scrubber = new SecretScrubber();
    scrubber.add('s3cr3t-token');
    expect(scrubber.scrub('Bearer s3cr3t-token, again s3cr3t-token')).toBe('Bearer ***, again ***');
  });

  it('also its JSON-escaped and percent-encoded forms', () => {
    const scrubber = new SecretScrubber();
    scrubber.add('p"w\\d&x y');
    expect(scrubber.scrub('json p\\"w\\\\d&x y, url p%22w%5Cd%26x%20y')).toBe('json ***, url ***');
  });

  it('scrubs a secret inside a longer one with the longer one', () => {
    const scrubber = new SecretScrubber();
    scrubber.add('abcd', 'xxabcdxx');
    expect(scrubber.scrub('[xxabcdxx]')).toBe('[***]');
  });

  it('leaves secrets shorter than 4 characters alone', () => {
    const scrubber = new SecretScrubber();
    scrubber.add('ab', undefined);
    expect(scrubber.empty).toBe(true);
    expect(scrubber.scrub('ab cab')).toBe('ab cab');
  });

  it('scrubs strings and keys deep in a JSON value, leaving other values', () => {
    const scrubber = new SecretScrubber();
    scrubber.add('hunter22');
    expect(scrubber.scrubValue({ a: ['x hunter22', 3, null, true], hunter22: { b: 'hunter22' } })).toEqual({
      a: ['x ***', 3, null, true],
      '***': { b: '***' },
    });
  });
});

describe('basicCredentialForms', () => {
  it('is the password, user:password and its base64', () => {
    expect(basicCredentialForms('alice', 'pw')).toEqual(['pw', 'alice:pw', Buffer.from('alice:pw').toString('base64')]);
  });
});
