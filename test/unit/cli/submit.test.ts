import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { batchView, FakeLivy } from '../../support/fake-livy.js';
import { FakeClock } from '../../support/fake-clock.js';
import { runCli } from '../../support/run-cli.js';
import { PollSteps } from '../../support/poll-steps.js';

const EXAMPLE_2 = [
  '--master',
  'yarn',
  '--py-files',
  'hdfs:///libs/deps.zip,hdfs:///libs/util.py',
  '--files',
  'hdfs:///conf/app.yaml#app.yaml',
  '--archives',
  'hdfs:///envs/pyenv.tar.gz#environment',
  '--conf',
  'spark.yarn.appMasterEnv.PYSPARK_PYTHON=./environment/bin/python',
  'hdfs:///jobs/main.py',
  '--input',
  's3a://bucket/in',
];

describe('livy submit', () => {
  let fake: FakeLivy;
  beforeEach(async () => {
    fake = await new FakeLivy().start();
  });
  afterEach(async () => {
    await fake.stop();
  });

  /** A batch that goes through `states`, one per poll, with a growing log. */
  function scriptBatch(states: string[], stdoutLines: string[] = []): void {
    fake.on('POST', '/batches', { status: 201, json: batchView(0, 'starting') });
    const steps = new PollSteps();
    const at = (step: number): string => states[Math.min(step, states.length - 1)]!;
    fake.on('GET', '/batches/0', () => ({ json: batchView(0, at(steps.view()), { appId: 'local-123' }) }));
    fake.on('GET', '/batches/0/state', () => ({ json: { id: 0, state: at(steps.state()) } }));
    fake.on('GET', '/batches/0/log', () => {
      const shown = stdoutLines.slice(0, Math.min(steps.taken, stdoutLines.length));
      return { json: { id: 0, from: 0, total: shown.length + 2, log: ['stdout: ', ...shown, '\nstderr: ', 'INFO spark started'] } };
    });
  }

  it('--dry-run --output json prints the exact body alone on stdout, warnings on stderr', async () => {
    const run = await runCli(['submit', '--dry-run', '--output', 'json', '--url', fake.url, ...EXAMPLE_2]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      file: 'hdfs:///jobs/main.py',
      pyFiles: ['hdfs:///libs/deps.zip', 'hdfs:///libs/util.py'],
      files: ['hdfs:///conf/app.yaml#app.yaml'],
      archives: ['hdfs:///envs/pyenv.tar.gz#environment'],
      conf: { 'spark.yarn.appMasterEnv.PYSPARK_PYTHON': './environment/bin/python' },
      args: ['--input', 's3a://bucket/in'],
    });
    expect(run.stderr).toMatch(/--master/);
    expect(fake.requests).toHaveLength(0);
  });

  it('--dry-run redacts secret conf values', async () => {
    const run = await runCli(['submit', '--dry-run', '-o', 'json', '--conf', 'spark.hadoop.fs.s3a.secret.key=hunter2', '/apps/a.jar']);
    expect(run.stdout).not.toContain('hunter2');
    expect(JSON.parse(run.stdout).conf['spark.hadoop.fs.s3a.secret.key']).toBe('***');
  });

  it.each([
    [['--conf', 'spark.executor.memory', '/apps/job.jar'], /--conf/],
    [['--foo', 'bar', '/apps/job.jar'], /--foo/],
    [['--class', 'com.example.Job'], /resource|application/i],
    [['--executor-cores', '0', '/apps/job.jar'], /--executor-cores/],
    [['--driver-memory', '1.5g', '/apps/job.jar'], /--driver-memory|1\.5g/],
  ])('rejects %j with exit 2, one line, nothing sent', async (args, pattern) => {
    const run = await runCli(['submit', '--url', fake.url, ...args]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const errorLine = run.stderr.split('\n').find((line) => line.startsWith('error:'));
    expect(errorLine).toMatch(pattern);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(fake.requests).toHaveLength(0);
  });

  it('rejects a relative path for a remote server, explaining why', async () => {
    const run = await runCli(['submit', '--url', fake.url, './job.py']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/job\.py/);
    expect(fake.requests).toHaveLength(0);
  });

  it('waits, streams the job stdout to stdout and the rest to stderr, and exits 0 on success', async () => {
    scriptBatch(['starting', 'running', 'running', 'success'], ['Pi is roughly 3.14', 'done']);
    const run = await runCli(['submit', '--url', fake.url, '/jobs/pi.py', '10']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('Pi is roughly 3.14\ndone\n');
    expect(run.stderr).toContain('INFO spark started');
    expect(run.stderr).toMatch(/batch 0 succeeded/);
    expect(run.stderr).toContain('local-123');
    const post = fake.requests.find((r) => r.method === 'POST')!;
    expect(JSON.parse(post.body)).toEqual({ file: '/jobs/pi.py', args: ['10'] });
    expect(post.headers['x-requested-by']).toBeTruthy();
  });

  it.each([
    ['dead', 1],
    ['error', 1],
    ['killed', 5],
  ])('exits %s → %i', async (state, code) => {
    scriptBatch(['running', state]);
    const run = await runCli(['submit', '--url', fake.url, '/jobs/pi.py']);
    expect(run.code).toBe(code);
  });

  it('exits 5 when the batch is deleted while it is watched', async () => {
    fake.on('POST', '/batches', { status: 201, json: batchView(0, 'starting') });
    let polls = 0;
    fake.on('GET', '/batches/0', () =>
      ++polls < 3 ? { json: batchView(0, 'running') } : { status: 404, json: { msg: "Session '0' not found." } },
    );
    fake.on('GET', '/batches/0/log', { json: { id: 0, from: 0, total: 0, log: [] } });
    const run = await runCli(['submit', '--url', fake.url, '/jobs/pi.py']);
    expect(run.code).toBe(5);
    expect(run.stderr).toMatch(/deleted/);
  });

  it('exits 4 on --timeout and says how to re-attach', async () => {
    scriptBatch(['running']);
    const run = await runCli(['submit', '--url', fake.url, '--timeout', '1s', '/jobs/pi.py'], { clock: new FakeClock() });
    expect(run.code).toBe(4);
    expect(run.stderr).toContain('livy batches wait 0');
  });

  it('--async prints the id alone on stdout and does not wait', async () => {
    scriptBatch(['running']);
    const run = await runCli(['submit', '--async', '--url', fake.url, '/jobs/pi.py']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('0\n');
    expect(fake.requests.filter((r) => r.method === 'GET')).toHaveLength(0);
  });

  it('--output json: one JSON document on stdout, the job log on stderr', async () => {
    scriptBatch(['running', 'success'], ['hello']);
    const run = await runCli(['submit', '-o', 'json', '--url', fake.url, '/jobs/pi.py']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ id: 0, state: 'success', outcome: 'success', exitCode: 0, appId: 'local-123' });
    expect(run.stderr).toContain('hello');
  });

  it('finds the batch by name when the POST reply was lost', async () => {
    let posted = false;
    fake.on('POST', '/batches', () => {
      posted = true;
      return { destroy: true };
    });
    fake.on('GET', '/batches/nightly', () =>
      posted ? { json: batchView(4, 'running', { name: 'nightly' }) } : { status: 404, json: { msg: "Session 'nightly' not found." } },
    );
    fake.on('GET', '/batches/4', { json: batchView(4, 'success', { name: 'nightly' }) });
    fake.on('GET', '/batches/4/log', { json: { id: 4, from: 0, total: 0, log: [] } });
    const run = await runCli(['submit', '--url', fake.url, '--name', 'nightly', '/jobs/pi.py']);
    expect(run.code).toBe(0);
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(run.stderr).toMatch(/lost/);
  });

  it('without a name, a lost POST reply is exit 3 and never resent', async () => {
    fake.on('POST', '/batches', { destroy: true });
    const run = await runCli(['submit', '--url', fake.url, '/jobs/pi.py']);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('livy batches list');
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it("shows Livy's reason for a 400 in one line, exit 2", async () => {
    fake.on('POST', '/batches', {
      status: 400,
      json: { msg: 'requirement failed: Local path /tmp/x.py cannot be added to user sessions.' },
    });
    const run = await runCli(['submit', '--url', fake.url, '/tmp/x.py']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('requirement failed: Local path /tmp/x.py cannot be added to user sessions.');
  });

  it('says the server is unreachable, exit 3, with a hint', async () => {
    await fake.stop();
    const run = await runCli(['submit', '--url', fake.url, '/jobs/pi.py']);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/cannot reach Livy at .*ECONNREFUSED/);
    expect(run.stderr).toMatch(/hint:/);
  });

  it('--kill and --status act on batch ids like spark-submit', async () => {
    fake.on('DELETE', '/batches/7', { json: { msg: 'deleted' } });
    fake.on('GET', '/batches/7/state', { json: { id: 7, state: 'running' } });
    expect((await runCli(['submit', '--url', fake.url, '--status', '7'])).stdout).toBe('running\n');
    expect((await runCli(['submit', '--url', fake.url, '--kill', '7'])).code).toBe(0);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /batches/7/state', 'DELETE /batches/7']);
  });

  it('--verbose shows the request without secrets', async () => {
    scriptBatch(['success']);
    const run = await runCli(['submit', '-v', '--url', fake.url, '--header', 'Authorization: Bearer tok3n', '/jobs/pi.py']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('POST');
    expect(run.stderr).not.toContain('tok3n');
    expect(fake.requests[0]!.headers.authorization).toBe('Bearer tok3n');
  });

  it('--log-file that cannot be written is a usage error before anything is sent', async () => {
    const run = await runCli(['submit', '--url', fake.url, '--log-file', '/nonexistent/dir/x.log', '/jobs/pi.py']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--log-file: cannot write/);
    expect(fake.requests).toHaveLength(0);
  });

  it('options given before submit still count', async () => {
    const run = await runCli(['--url', fake.url, '-o', 'json', 'submit', '--dry-run', '/apps/a.jar']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ file: '/apps/a.jar' });
    const text = await runCli(['--url', fake.url, 'submit', '--dry-run', '/apps/a.jar']);
    expect(text.stderr).toContain(`would POST ${fake.url}/batches`);
  });

  it('a bad command line under -o json is a JSON error on stdout', async () => {
    const run = await runCli(['submit', '-o', 'json', '--bogus', 'x', '/apps/a.jar']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { exitCode: 2 } });
  });

  it('--help prints grouped usage to stdout', async () => {
    const run = await runCli(['submit', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/--class/);
    expect(run.stdout).toMatch(/--executor-memory/);
  });
});
