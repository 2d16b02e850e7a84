import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli.js';
import { tempDir } from '../profiles/helpers.js';
import { FakeSessionServer } from '../repl/fake-sessions.js';

describe('livy run with local files and no stage dir', () => {
  let fake: FakeSessionServer;
  let cwd: string;
  beforeEach(async () => {
    fake = await new FakeSessionServer().start();
    cwd = tempDir('livy-run-uploads-');
    mkdirSync(join(cwd, 'mylib'));
    writeFileSync(join(cwd, 'mylib', '__init__.py'), 'X = 1\n');
    writeFileSync(join(cwd, 'ref.csv'), 'a,1\n');
  });
  afterEach(async () => {
    await fake.stop();
  });

  it('creates the session without them, then uploads each through its endpoint and says so', async () => {
    const run = await runCli(['run', '--kind', 'pyspark', '--py-files', './mylib', '--files', './ref.csv#data.csv', '-e', '1+1'], {
      env: { LIVY_URL: fake.url },
      cwd,
    });
    expect(run.code, run.stderr).toBe(0);
    const create = JSON.parse(fake.requestsTo('POST', /^\/sessions$/)[0]!.body);
    expect(create.pyFiles).toBeUndefined();
    expect(create.files).toBeUndefined();
    const pyfile = fake.requestsTo('POST', /^\/sessions\/0\/upload-pyfile$/);
    expect(pyfile).toHaveLength(1);
    expect(pyfile[0]!.body).toContain('filename="mylib.zip"');
    expect(fake.requestsTo('POST', /^\/sessions\/0\/upload-file$/)[0]!.body).toContain('filename="data.csv"');
    expect(run.stderr).toContain(
      `uploaded ${join(cwd, 'mylib')} (zipped as mylib.zip) into session 0 through POST /sessions/0/upload-pyfile`,
    );
  });

  it('a missing local file fails with exit 2 before any session is created', async () => {
    const run = await runCli(['run', '--kind', 'pyspark', '--py-files', './nope.py', '-e', '1+1'], { env: { LIVY_URL: fake.url }, cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--py-files ${join(cwd, 'nope.py')} does not exist`);
    expect(fake.requestsTo('POST', /^\/sessions$/)).toHaveLength(0);
  });

  it('local archives are refused before any session is created (Livy has no upload for them)', async () => {
    writeFileSync(join(cwd, 'env.tar.gz'), 'x');
    const run = await runCli(['run', '--kind', 'pyspark', '--archives', './env.tar.gz', '-e', '1+1'], { env: { LIVY_URL: fake.url }, cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Livy has no upload for archives/);
    expect(fake.requestsTo('POST', /^\/sessions$/)).toHaveLength(0);
  });
});
