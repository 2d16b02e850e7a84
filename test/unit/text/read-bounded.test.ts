import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { InputTooLargeError, readTextFileBounded, readTextStreamBounded } from '../../../src/text/read-bounded.js';

describe('readTextFileBounded', () => {
  it('reads a file within the limit', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'livy-bounded-')), 'a.txt');
    writeFileSync(file, 'héllo');
    expect(readTextFileBounded(file, 6)).toBe('héllo');
  });

  it('refuses a regular file over the limit', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'livy-bounded-')), 'big.txt');
    writeFileSync(file, 'x'.repeat(101));
    expect(() => readTextFileBounded(file, 100)).toThrow(InputTooLargeError);
  });

  it('stops reading /dev/zero at the limit', () => {
    expect(() => readTextFileBounded('/dev/zero', 1024 * 1024)).toThrow(/larger than 1 MiB/);
  });

  it('passes on fs errors', () => {
    expect(() => readTextFileBounded('/no/such/file', 10)).toThrow(/ENOENT/);
  });
});

describe('readTextStreamBounded', () => {
  it('reads a stream within the limit, and refuses one over it', async () => {
    expect(await readTextStreamBounded(Readable.from([Buffer.from('ab'), 'cd']), 4)).toBe('abcd');
    await expect(readTextStreamBounded(Readable.from(['abc', 'de']), 4)).rejects.toBeInstanceOf(InputTooLargeError);
  });
});
