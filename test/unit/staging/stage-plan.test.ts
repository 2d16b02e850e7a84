import { createHash } from 'node:crypto';
import { chmodSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { StagingError } from '../../../src/staging/errors.js';
import { findLocalReferences } from '../../../src/staging/local-references.js';
import { parseStageDir } from '../../../src/staging/stage-dir.js';
import { buildStagePlan } from '../../../src/staging/stage-plan.js';
import { tree } from './fixtures.js';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) {
    chmodSync(root, 0o755);
    rmSync(root, { recursive: true, force: true });
  }
});

const dir = parseStageDir('s3a://bucket/stage/', '--stage-dir');
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

function work(): string {
  const root = tree({ 'job.py': 'print(1)\n', 'ref.csv': 'a,b\n', 'mylib/__init__.py': 'X = 1\n' });
  roots.push(root);
  return root;
}
const url = (root: string, name: string) => pathToFileURL(join(root, name)).href;

async function plan(request: Parameters<typeof findLocalReferences>[0]) {
  return buildStagePlan(findLocalReferences(request, existsSync), dir);
}

/**
 * Root reads any file, so as root the check runs with the effective uid of `nobody`
 * (vitest runs each file in its own forked process, where seteuid is allowed).
 */
async function asUnprivilegedUser<T>(check: () => Promise<T>): Promise<T> {
  if (process.geteuid?.() !== 0) return check();
  process.seteuid!(65534);
  try {
    return await check();
  } finally {
    process.seteuid!(0);
  }
}

async function failure(request: Parameters<typeof findLocalReferences>[0]): Promise<StagingError> {
  const error = await plan(request).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(StagingError);
  return error as StagingError;
}

describe('buildStagePlan', () => {
  it('stages each file as <stage dir>/<sha256>/<name> with its size', async () => {
    const root = work();
    const p = await plan({ file: url(root, 'job.py'), files: [`${url(root, 'ref.csv')}#ref.csv`] });
    expect(p.files.map((f) => [f.local, f.uri, f.bytes])).toEqual([
      [join(root, 'job.py'), `s3a://bucket/stage/${sha('print(1)\n')}/job.py`, 9],
      [join(root, 'ref.csv'), `s3a://bucket/stage/${sha('a,b\n')}/ref.csv`, 4],
    ]);
  });

  it('plans a file named twice once', async () => {
    const root = work();
    const p = await plan({ file: url(root, 'job.py'), files: [url(root, 'job.py'), `${url(root, 'job.py')}#copy.py`] });
    expect(p.files).toHaveLength(1);
  });

  it('zips a --py-files directory into <name>.zip, removed by dispose', async () => {
    const root = work();
    const p = await plan({ pyFiles: [url(root, 'mylib')] });
    const [zip] = p.files;
    expect(zip?.uri).toMatch(/^s3a:\/\/bucket\/stage\/[0-9a-f]{64}\/mylib\.zip$/);
    expect(existsSync(zip!.source)).toBe(true);
    await p.dispose();
    expect(existsSync(zip!.source)).toBe(false);
  });

  it('refuses a directory given to --files, saying what to do', async () => {
    const root = work();
    const error = await failure({ files: [url(root, 'mylib')] });
    expect(error.failure).toBe('input');
    expect(error.message).toBe(`--files ${join(root, 'mylib')} is a directory`);
    expect(error.hint).toMatch(/--archives/);
  });

  it('names a missing file and where it was given', async () => {
    const root = work();
    const error = await failure({ jars: [url(root, 'nope.jar')] });
    expect(error.message).toBe(`--jars ${join(root, 'nope.jar')} does not exist`);
    expect(error.failure).toBe('input');
  });

  it('reports an unreadable file as permission denied', async () => {
    const root = work();
    chmodSync(root, 0o755);
    chmodSync(join(root, 'ref.csv'), 0o000);
    const error = await asUnprivilegedUser(() => failure({ files: [url(root, 'ref.csv')] }));
    expect(error.message).toBe(`--files ${join(root, 'ref.csv')} cannot be read: permission denied`);
    expect(error.failure).toBe('input');
  });
});

describe('parseStageDir', () => {
  it('accepts s3a:// and hdfs:// directories, without the trailing slash', () => {
    expect(parseStageDir('s3a://b/p/', 'x')).toEqual({ store: 's3', uri: 's3a://b/p' });
    expect(parseStageDir('hdfs:///user/me/stage', 'x')).toEqual({ store: 'hdfs', uri: 'hdfs:///user/me/stage' });
  });

  it.each(['./stage', 'file:///tmp/stage', 's3a:///nobucket'])('refuses %s, naming the setting', (raw) => {
    expect(() => parseStageDir(raw, 'LIVY_STAGE_DIR')).toThrow(/^LIVY_STAGE_DIR: /);
  });
});
