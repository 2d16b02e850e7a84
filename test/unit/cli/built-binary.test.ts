// A few checks through the built bin/livy.js, as a user's shell runs it: which stream
// carries what, and the exit codes. Everything else is tested in-process (run-cli.ts).
import { spawnSync } from 'node:child_process';
import {} from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import packageJson from '../../../package.json' with { type: 'json' };

const root = resolve(import.meta.dirname, '..', '..', '..');
const bin = join(root, 'bin', 'livy.js');

function livy(args: string[], env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LIVY_LOCAL_HOME: '/nonexistent/livy-local', ...env },
    timeout: 30_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the built livy binary', () => {
  it('--version prints the package version alone', () => {
    expect(livy(['--version'])).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: '' });
  });

  it('--help prints the command list on stdout', () => {
    const run = livy(['--help']);
    expect(run.code).toBe(0);
    for (const command of ['submit', 'batches', 'repl', 'run', 'sessions', 'local', 'profile', 'completion']) {
      expect(run.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    }
  });

  it('submit --dry-run -o json: the body alone on stdout, the warning on stderr', () => {
    const run = livy(['submit', '--dry-run', '-o', 'json', '--master', 'yarn', '--conf', 'spark.a=1', 'hdfs:///jobs/main.py', '--x']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ file: 'hdfs:///jobs/main.py', args: ['--x'], conf: { 'spark.a': '1' } });
    expect(run.stderr).toMatch(/^warning: .*--master/m);
  });

  it('a usage error: exit 2, one line on stderr, nothing on stdout, no stack trace', () => {
    const run = livy(['submit', '--driver-memory', '1.5g', '/apps/job.jar']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n').filter((line) => line.startsWith('error:'))).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('an unreachable server: exit 3; under -o json the error is JSON on stdout', () => {
    const run = livy(['batches', 'list', '-o', 'json', '--url', 'http://127.0.0.1:1']);
    expect(run.code).toBe(3);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { exitCode: 3 } });
    expect(run.stderr).toMatch(/cannot reach Livy/);
  });

  it('NO_COLOR and a non-terminal stderr: no escape codes anywhere', () => {
    const run = livy(['batches', 'list', '--url', 'http://127.0.0.1:1'], { FORCE_COLOR: '1', NO_COLOR: '1' });
    expect(run.stderr + run.stdout).not.toMatch(/\u001b\[/);
  });
});
