import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { livy, tempDir } from '../profiles/helpers.js';

let env: NodeJS.ProcessEnv;
beforeEach(() => {
  env = { LIVY_CONFIG_DIR: join(tempDir(), 'cfg') };
});

describe('a profile with a stage dir', () => {
  it('profile add stores --stage-dir and --webhdfs-url, and show prints them', async () => {
    const add = await livy(
      [
        'profile',
        'add',
        'cluster',
        '--url',
        'http://livy:8998',
        '--stage-dir',
        'hdfs://nn:8020/user/me/stage/',
        '--webhdfs-url',
        'http://gw:14000',
      ],
      { env },
    );
    expect(add.code, add.stderr).toBe(0);
    const json = JSON.parse((await livy(['profile', 'show', 'cluster', '-o', 'json'], { env })).stdout);
    expect(json).toMatchObject({ stageDir: 'hdfs://nn:8020/user/me/stage', webhdfsUrl: 'http://gw:14000' });
    const text = (await livy(['profile', 'show', 'cluster'], { env })).stdout;
    expect(text).toMatch(/^stage dir\s+hdfs:\/\/nn:8020\/user\/me\/stage$/m);
    expect(text).toMatch(/^webhdfs url\s+http:\/\/gw:14000$/m);
  });

  it("show names the NameNode's default WebHDFS address when none is set", async () => {
    await livy(['profile', 'add', 'cluster', '--url', 'http://livy:8998', '--stage-dir', 'hdfs://nn:8020/stage'], { env });
    expect((await livy(['profile', 'show', 'cluster'], { env })).stdout).toMatch(
      /^webhdfs url\s+http:\/\/nn:9870 \(the NameNode's default\)$/m,
    );
  });

  it('refuses a stage dir that is not an hdfs:// or s3a:// URI with exit 2, saving nothing', async () => {
    const add = await livy(['profile', 'add', 'cluster', '--url', 'http://livy:8998', '--stage-dir', './stage'], { env });
    expect(add.code).toBe(2);
    expect(add.stderr).toMatch(/--stage-dir: '\.\/stage' is not a URI/);
    expect((await livy(['profile', 'show', 'cluster'], { env })).code).not.toBe(0);
  });

  it('profile edit --unset stage-dir removes it', async () => {
    await livy(['profile', 'add', 'cluster', '--url', 'http://livy:8998', '--stage-dir', 'hdfs://nn:8020/stage'], { env });
    expect((await livy(['profile', 'edit', 'cluster', '--unset', 'stage-dir'], { env })).code).toBe(0);
    expect(JSON.parse((await livy(['profile', 'show', 'cluster', '-o', 'json'], { env })).stdout).stageDir).toBeUndefined();
  });

  it("submit stages to the profile's stage dir (dry run: planned, nothing sent)", async () => {
    await livy(['profile', 'add', 'cluster', '--url', 'http://127.0.0.1:1', '--stage-dir', 'hdfs://nn:8020/stage'], { env });
    const cwd = tempDir('livy-stage-profile-');
    const job = join(cwd, 'job.py');
    writeFileSync(job, 'print(1)\n');
    const run = await livy(['submit', '-p', 'cluster', '--dry-run', '-o', 'json', job], { env });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).file).toMatch(/^hdfs:\/\/nn:8020\/stage\/[0-9a-f]{64}\/job\.py$/);
  });
});
