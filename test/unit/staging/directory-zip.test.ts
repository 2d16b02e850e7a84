import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listTree, zipDirectory } from '../../../src/staging/directory-zip.js';
import { tree } from './fixtures.js';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function lib(): string {
  const root = tree({
    'mylib/__init__.py': 'from .util import f\n',
    'mylib/util.py': 'def f():\n    return 42\n',
    'mylib/sub/b.py': 'B = 1\n',
    'mylib/sub/a.py': 'A = 1\n',
    'mylib/__pycache__/util.cpython-311.pyc': 'compiled',
    'mylib/old.pyc': 'compiled',
  });
  roots.push(root);
  return root;
}

function zipNames(zipPath: string): string[] {
  const script = 'import sys, zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))';
  return execFileSync('python3', ['-c', script, zipPath], { encoding: 'utf8' }).trim().split('\n');
}

describe('zipDirectory', () => {
  it('gives the same bytes for the same tree twice', async () => {
    const root = lib();
    await zipDirectory(join(root, 'mylib'), join(root, 'one.zip'));
    await zipDirectory(join(root, 'mylib'), join(root, 'two.zip'));
    expect(readFileSync(join(root, 'one.zip')).equals(readFileSync(join(root, 'two.zip')))).toBe(true);
  });

  it('gives the same bytes for a copy with other timestamps', async () => {
    const root = lib();
    cpSync(join(root, 'mylib'), join(root, 'copy', 'mylib'), { recursive: true });
    utimesSync(join(root, 'copy', 'mylib', 'util.py'), new Date(2001, 1, 1), new Date(2001, 1, 1));
    await zipDirectory(join(root, 'mylib'), join(root, 'one.zip'));
    await zipDirectory(join(root, 'copy', 'mylib'), join(root, 'two.zip'));
    expect(readFileSync(join(root, 'one.zip')).equals(readFileSync(join(root, 'two.zip')))).toBe(true);
  });

  it('changes when a file changes', async () => {
    const root = lib();
    await zipDirectory(join(root, 'mylib'), join(root, 'one.zip'));
    cpSync(join(root, 'mylib', 'sub', 'a.py'), join(root, 'mylib', 'sub', 'b.py'));
    await zipDirectory(join(root, 'mylib'), join(root, 'two.zip'));
    expect(readFileSync(join(root, 'one.zip')).equals(readFileSync(join(root, 'two.zip')))).toBe(false);
  });

  it('holds the package under its directory name, sorted, without bytecode', async () => {
    const root = lib();
    await zipDirectory(join(root, 'mylib'), join(root, 'mylib.zip'));
    expect(zipNames(join(root, 'mylib.zip'))).toEqual(['mylib/__init__.py', 'mylib/sub/a.py', 'mylib/sub/b.py', 'mylib/util.py']);
  });

  it('is importable by Python', async () => {
    const root = lib();
    await zipDirectory(join(root, 'mylib'), join(root, 'mylib.zip'));
    const out = execFileSync(
      'python3',
      ['-c', 'import sys; sys.path.insert(0, sys.argv[1]); import mylib; print(mylib.f())', join(root, 'mylib.zip')],
      {
        encoding: 'utf8',
        cwd: '/',
      },
    );
    expect(out.trim()).toBe('42');
  });

  it('lists files in byte order, not locale order', async () => {
    const root = tree({ 'd/b.py': '', 'd/B.py': '', 'd/a.py': '' });
    roots.push(root);
    expect((await listTree(join(root, 'd'))).map((f) => f.name)).toEqual(['d/B.py', 'd/a.py', 'd/b.py']);
  });
});
