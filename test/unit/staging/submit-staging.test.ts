import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeLivy } from '../../support/fake-livy.js';
import { runCli } from '../../support/run-cli.js';
import { tree } from './fixtures.js';

let fake: FakeLivy;
let cwd: string;
beforeEach(async () => {
  fake = await new FakeLivy().start();
  cwd = tree({ 'job.py': 'import mylib\n', 'ref.csv': 'a,b\n', 'mylib/__init__.py': 'X = 1\n' });
});
afterEach(async () => {
  await fake.stop();
  rmSync(cwd, { recursive: true, force: true });
});

const JOB = ['--py-files', './mylib', '--files', './ref.csv#ref.csv', './job.py'];
// An endpoint nothing listens on: any network I/O would fail the command.
const DEAD_S3 = { LIVY_S3_ENDPOINT: 'http://127.0.0.1:1', AWS_ACCESS_KEY_ID: 'k', AWS_SECRET_ACCESS_KEY: 's' };

describe('livy submit with a stage dir', () => {
  it('--dry-run prints the staging plan and the rewritten body without any network I/O', async () => {
    const run = await runCli(['submit', '--url', fake.url, '--stage-dir', 's3a://bucket/stage', '--dry-run', '-o', 'json', ...JOB], {
      cwd,
      env: DEAD_S3,
    });
    expect(run.code).toBe(0);
    const body = JSON.parse(run.stdout);
    expect(body.file).toMatch(/^s3a:\/\/bucket\/stage\/[0-9a-f]{64}\/job\.py$/);
    expect(body.pyFiles).toEqual([expect.stringMatching(/^s3a:\/\/bucket\/stage\/[0-9a-f]{64}\/mylib\.zip$/)]);
    expect(body.files).toEqual([expect.stringMatching(/^s3a:\/\/bucket\/stage\/[0-9a-f]{64}\/ref\.csv#ref\.csv$/)]);
    expect(run.stderr).toContain(`would stage ${join(cwd, 'ref.csv')} → ${body.files[0].replace('#ref.csv', '')} (4 B`);
    expect(fake.requests).toHaveLength(0);
  });

  it('takes the stage dir from LIVY_STAGE_DIR', async () => {
    const run = await runCli(['submit', '--url', fake.url, '--dry-run', '-o', 'json', './job.py'], {
      cwd,
      env: { ...DEAD_S3, LIVY_STAGE_DIR: 's3a://envbucket/p' },
    });
    expect(JSON.parse(run.stdout).file).toMatch(/^s3a:\/\/envbucket\/p\//);
  });

  it('prefers --stage-dir over LIVY_STAGE_DIR', async () => {
    const run = await runCli(['submit', '--url', fake.url, '--stage-dir', 's3a://flag/p', '--dry-run', '-o', 'json', './job.py'], {
      cwd,
      env: { ...DEAD_S3, LIVY_STAGE_DIR: 's3a://envbucket/p' },
    });
    expect(JSON.parse(run.stdout).file).toMatch(/^s3a:\/\/flag\/p\//);
  });

  it('a store that cannot be reached fails with exit 3 before any batch is created', async () => {
    const run = await runCli(['submit', '--url', fake.url, '--stage-dir', 's3a://bucket/stage', ...JOB], { cwd, env: DEAD_S3 });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/cannot reach the S3 endpoint \(ECONNREFUSED\)/);
    expect(fake.requests).toHaveLength(0);
  }, 60_000);

  it('an unreachable WebHDFS fails with exit 3 before any batch is created', async () => {
    const run = await runCli(
      ['submit', '--url', fake.url, '--stage-dir', 'hdfs://127.0.0.1:1/stage', '--webhdfs-url', 'http://127.0.0.1:1', ...JOB],
      { cwd },
    );
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/cannot reach WebHDFS at http:\/\/127\.0\.0\.1:1 /);
    expect(fake.requests).toHaveLength(0);
  });

  it('an hdfs:// stage dir without a host and no WebHDFS address fails with exit 2', async () => {
    const run = await runCli(['submit', '--url', fake.url, '--stage-dir', 'hdfs:///stage', ...JOB], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/names no NameNode host/);
    expect(fake.requests).toHaveLength(0);
  });

  it('a missing local file fails with exit 2 before anything is sent', async () => {
    const run = await runCli(['submit', '--url', fake.url, '--stage-dir', 's3a://bucket/stage', '--files', './nope.csv', './job.py'], {
      cwd,
      env: DEAD_S3,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--files ${join(cwd, 'nope.csv')} does not exist`);
    expect(fake.requests).toHaveLength(0);
  });

  it('a stage dir that is not s3a:// or hdfs:// is a usage error naming its source', async () => {
    const run = await runCli(['submit', '--url', fake.url, '--dry-run', './job.py'], { cwd, env: { LIVY_STAGE_DIR: '/tmp/stage' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/LIVY_STAGE_DIR: '\/tmp\/stage' is not a URI/);
  });

  it('without a stage dir a relative path against a remote server still says how to stage it', async () => {
    const run = await runCli(['submit', '--url', fake.url, '--dry-run', './job.py'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--stage-dir/);
  });
});

describe('livy run with a stage dir', () => {
  it('stages before creating the session: an unreachable store creates no session (exit 3)', async () => {
    const run = await runCli(['run', '--kind', 'pyspark', '--py-files', './mylib', '-e', 'import mylib'], {
      cwd,
      env: { ...DEAD_S3, LIVY_URL: fake.url, LIVY_STAGE_DIR: 's3a://bucket/stage' },
    });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/cannot reach the S3 endpoint/);
    expect(fake.requests.filter((r) => r.method === 'POST')).toEqual([]);
  }, 60_000);
});
