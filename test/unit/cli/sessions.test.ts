import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../../support/fake-clock.js';
import { runCli } from '../../support/run-cli.js';
import { FakeSessionServer } from '../repl/fake-sessions.js';

describe('livy sessions', () => {
  let fake: FakeSessionServer;
  let env: NodeJS.ProcessEnv;
  beforeEach(async () => {
    fake = await new FakeSessionServer().start();
    env = { LIVY_URL: fake.url };
  });
  afterEach(async () => {
    await fake.stop();
  });

  it('list: a table in text mode, the page in json mode', async () => {
    fake.addSession('pyspark', 'nb');
    fake.addSession('spark');
    const text = await runCli(['sessions', 'list'], { env });
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')[0]).toMatch(/^ID\s+NAME\s+KIND\s+STATE\s+APP ID\s+OWNER$/);
    expect(text.stdout).toMatch(/0\s+nb\s+pyspark\s+idle\s+local-0/);
    const json = await runCli(['sessions', 'ls', '-o', 'json', '--size', '5'], { env });
    expect(JSON.parse(json.stdout).total).toBe(2);
    expect(fake.requests.at(-1)!.query.toString()).toBe('size=5');
    await fake.stop();
    fake = await new FakeSessionServer().start();
    expect((await runCli(['sessions', 'list'], { env: { LIVY_URL: fake.url } })).stdout).toBe('no sessions\n');
  });

  it('get and state accept an id or a name', async () => {
    fake.addSession('pyspark', 'nb');
    const get = await runCli(['sessions', 'get', 'nb'], { env });
    expect(get.stdout).toMatch(/kind:\s+pyspark/);
    expect(get.stdout).toMatch(/Spark UI: http:\/\/spark-ui\/0/);
    expect((await runCli(['sessions', 'state', '0'], { env })).stdout).toBe('idle\n');
    expect(JSON.parse((await runCli(['sessions', 'state', 'nb', '-o', 'json'], { env })).stdout)).toEqual({ id: 0, state: 'idle' });
  });

  it('logs prints everything Livy kept; -f follows until the session ends', async () => {
    fake.addSession();
    const run = await runCli(['sessions', 'logs', '0'], { env });
    expect(run.stdout).toContain('session 0 log line');
    expect(fake.requests.at(-1)!.query.toString()).toBe('from=0&size=-1');
    const clock = new FakeClock();
    clock.deadline(30_000).signal.addEventListener('abort', () => fake.kill(0));
    const follow = await runCli(['sessions', 'logs', '0', '-f'], { env, clock });
    expect(follow.code).toBe(0);
    expect(follow.stdout.split('\n').filter((l) => l === 'session 0 log line')).toHaveLength(1);
    expect(follow.stderr).toContain('session 0 is dead');
  });

  it('statements lists code, state and result', async () => {
    const id = fake.addSession();
    expect((await runCli(['run', '--session', String(id), '-e', '1+1', '-e', 'fail', '--keep-going'], { env })).code).toBe(1);
    const run = await runCli(['sessions', 'statements', '0'], { env });
    expect(run.stdout.split('\n')[0]).toMatch(/^ID\s+STATE\s+RESULT\s+PROGRESS\s+TIME\s+CODE$/);
    expect(run.stdout).toMatch(/0\s+available\s+ok\s+100%\s+0\.0s\s+1\+1/);
    expect(run.stdout).toMatch(/1\s+available\s+error: NameError/);
    const json = JSON.parse((await runCli(['sessions', 'statements', '0', '-o', 'json'], { env })).stdout);
    expect(json.total_statements).toBe(2);
  });

  it('kill deletes the session; a missing one is exit 3', async () => {
    fake.addSession();
    const run = await runCli(['sessions', 'kill', '0'], { env });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('session 0 killed (was idle)\n');
    expect(fake.sessions.size).toBe(0);
    const missing = await runCli(['sessions', 'kill', '0', '-o', 'json'], { env });
    expect(missing.code).toBe(3);
    expect(JSON.parse(missing.stdout)).toMatchObject({ error: { exitCode: 3 } });
  });
});
