import { createHash, randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hashFile } from '../../../src/staging/content-hash.js';
import { tree } from './fixtures.js';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('hashFile', () => {
  it('is the SHA-256 of a file spanning several read chunks', async () => {
    const content = randomBytes(3 * 1024 * 1024 + 17);
    const root = tree({ 'big.bin': content });
    roots.push(root);
    expect(await hashFile(join(root, 'big.bin'))).toBe(createHash('sha256').update(content).digest('hex'));
  });

  it('is the SHA-256 of nothing for an empty file', async () => {
    const root = tree({ empty: '' });
    roots.push(root);
    expect(await hashFile(join(root, 'empty'))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
