// Batches through the built CLI against the suite's real local Livy (global-setup.ts): `livy submit`
// (Python, JVM, parity with spark-submit, failures, bad input, Ctrl-C, a server restart mid-wait)
// and `livy batches list|get|state|logs|wait|kill`.
//
// The server-restart case is LAST in this file: it stops and restarts the suite's server (same port,
// same run dir, same whitelist) and leaves it running for later files.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isLocalServerUrl, readLocalServerState, SPARK_BLACKLIST, startLocalServer, stopLocalServer } from '../../src/local/index.js';
import { execCapture } from '../../src/local/exec.js';
import { describeLivy, JOBS, LIVY_BIN, livyRequest, livyUrl, REPO_ROOT, runLivy, tempDir, type RunResult } from './helpers.js';
import { buildSimpleApp } from './jvm-app.js';

const SPARK_JOB_MS = 240_000;

/** The env every spawned CLI gets: the suite's server and its run dir (so it is "the local server"). */
function cliEnv(): Record<string, string> {
  return { LIVY_URL: livyUrl(), LIVY_LOCAL_RUN_DIR: inject('livyRunDir') };
}

function livy(args: string[], timeoutMs = SPARK_JOB_MS): Promise<RunResult> {
  return runLivy(args, { env: cliEnv(), timeoutMs });
}

/** Lines of `text` that start with `prefix`, in order. */
function linesWith(text: string, prefix: string): string[] {
  return text.split(/\r?\n/).filter((l) => l.startsWith(prefix));
}

/** The batch id from the "batch N ... submitted to ..." line on stderr. */
function submittedId(stderr: string): number {
  const m = /batch (\d+)\b.*submitted to/.exec(stderr);
  if (!m) throw new Error(`no 'batch N submitted' line in:\n${stderr}`);
  return Number(m[1]);
}

function uniqueName(what: string): string {
  return `e2e-${what}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** Ids this file created, deleted at the end if still around. */
const created = new Set<number>();

/** A CLI process we interact with while it runs (signals, reading its output as it arrives). */
interface LiveCli {
  child: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  /** Resolves once `pattern` appears on the stream; rejects if the process ends first or on timeout. */
  waitForOutput(stream: 'stdout' | 'stderr', pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  done: Promise<RunResult>;
}

function startLivy(args: string[], hardTimeoutMs = SPARK_JOB_MS): LiveCli {
  const started = Date.now();
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...cliEnv() };
  const child = spawn(process.execPath, [LIVY_BIN, ...args], {
    cwd: REPO_ROOT,
    env: env as NodeJS.ProcessEnv,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin.end();
  const buf = { stdout: '', stderr: '' };
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());
  child.stdout.setEncoding('utf8').on('data', (c: string) => ((buf.stdout += c), changed()));
  child.stderr.setEncoding('utf8').on('data', (c: string) => ((buf.stderr += c), changed()));
  let exited = false;
  const timer = setTimeout(() => child.kill('SIGKILL'), hardTimeoutMs);
  const done = new Promise<RunResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      exited = true;
      changed();
      resolve({ code, signal, stdout: buf.stdout, stderr: buf.stderr, ms: Date.now() - started });
    });
  });
  return {
    child,
    stdout: () => buf.stdout,
    stderr: () => buf.stderr,
    done,
    waitForOutput: (stream, pattern, timeoutMs = 180_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const m = pattern.exec(buf[stream]);
          if (m) return finish(() => resolve(m));
          if (exited) {
            finish(() =>
              reject(
                new Error(`livy ${args.join(' ')} exited before ${pattern} on ${stream}\nstdout:\n${buf.stdout}\nstderr:\n${buf.stderr}`),
              ),
            );
          }
        };
        const t = setTimeout(
          () =>
            finish(() =>
              reject(new Error(`timed out waiting for ${pattern} on ${stream}\nstdout:\n${buf.stdout}\nstderr:\n${buf.stderr}`)),
            ),
          timeoutMs,
        );
        const finish = (f: () => void) => {
          clearTimeout(t);
          listeners.delete(check);
          f();
        };
        listeners.add(check);
        check();
      }),
  };
}

/** Submits sleep.py with --async and returns its id. */
async function submitSleepAsync(seconds: number, extra: string[] = []): Promise<number> {
  const r = await livy(['submit', '--async', ...extra, join('test', 'fixtures', 'jobs', 'sleep.py'), String(seconds)], 60_000);
  expect(r.code, r.stderr).toBe(0);
  const id = Number(r.stdout.trim());
  expect(Number.isInteger(id), r.stdout).toBe(true);
  created.add(id);
  return id;
}

async function serverState(id: number): Promise<string | undefined> {
  const { status, body } = await livyRequest<{ state: string }>('GET', `/batches/${id}/state`);
  return status === 200 ? body.state : undefined;
}

/** stderr holds human text only: no line of it is (the start of) a JSON document. */
function expectNoJsonOnStderr(stderr: string): void {
  for (const line of stderr.split('\n')) expect(line.trimStart()).not.toMatch(/^[[{]/);
}

afterAll(async () => {
  // Best effort: leave no batch of ours running for the next file.
  for (const id of created) {
    const state = await serverState(id).catch(() => undefined);
    if (state && !['success', 'dead', 'killed', 'error'].includes(state)) {
      await livyRequest('DELETE', `/batches/${id}`).catch(() => undefined);
    }
  }
}, 60_000);

describeLivy('livy submit against the local Livy', () => {
  beforeAll(() => {
    // The spawned CLI sees the harness's run dir, so the suite's server is "the local server" and
    // relative paths become absolute file: paths.
    expect(isLocalServerUrl(livyUrl(), { ...process.env, ...cliEnv() })).toBe(true);
  });

  it('turns a relative path into an absolute file: path for the local server (dry run)', async () => {
    const r = await livy(['submit', '--dry-run', '--output', 'json', 'test/fixtures/jobs/pi.py', '10'], 30_000);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ file: `file://${join(JOBS, 'pi.py')}`, args: ['10'] });
  });

  it('runs a Python batch to success and streams its result to stdout', async () => {
    const name = uniqueName('pi');
    const r = await livy(['submit', '--name', name, 'test/fixtures/jobs/pi.py', '20000']);
    created.add(submittedId(r.stderr));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^PI_RESULT samples=20000 pi=3\.1\d{5}$/m);
    expect(r.stderr).toMatch(new RegExp(`batch \\d+ \\(${name}\\) submitted to ${livyUrl()}`));
    expect(r.stderr).toMatch(/batch \d+ succeeded after/);
  });

  it('notices success through the state endpoint, reading the full view and the log less often', async () => {
    const r = await livy(['submit', '-v', 'test/fixtures/jobs/hello.py']);
    const id = submittedId(r.stderr);
    created.add(id);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('HELLO_FROM_BATCH');
    expect(r.stderr).toMatch(new RegExp(`batch ${id} succeeded after`));
    const sent = (path: string) => r.stderr.split('\n').filter((line) => line === `> GET ${livyUrl()}${path}`).length;
    const statePolls = sent(`/batches/${id}/state`);
    expect(statePolls).toBeGreaterThan(0);
    expect(sent(`/batches/${id}`)).toBeLessThan(statePolls);
  });

  it('runs a JVM batch compiled during the test, with its args', async () => {
    const jar = await buildSimpleApp(inject('sparkHome'));
    const r = await livy(['submit', '--class', 'SimpleApp', jar, 'alpha', '--beta', 'gamma delta']);
    rmSync(dirname(jar), { recursive: true, force: true });
    created.add(submittedId(r.stderr));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('SIMPLEAPP args=[alpha, --beta, gamma delta]');
    expect(r.stdout).toContain('SIMPLEAPP count=500');
  });

  it('a failing job exits 1 with its exception in the output', async () => {
    const r = await livy(['submit', 'test/fixtures/jobs/fail.py']);
    created.add(submittedId(r.stderr));
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout + r.stderr).toContain('RuntimeError: FAIL_MARKER: this job fails on purpose');
    expect(r.stderr).toMatch(/batch \d+ failed \(dead\)/);
  });

  describe('translation parity with spark-submit --master local[*]', () => {
    let dir: string;
    beforeAll(async () => {
      dir = tempDir('livy-e2e-parity-');
      mkdirSync(join(dir, 'deps'));
      writeFileSync(join(dir, 'deps', 'probe_helper.py'), 'VALUE = 1\n');
      writeFileSync(join(dir, 'data.txt'), 'hello\n');
      // A .properties file with the syntax spark-submit's Java parser accepts: both must read it the same.
      writeFileSync(
        join(dir, 'spark.properties'),
        [
          '# comment',
          '! another comment',
          'spark.probe.fromprops = p1',
          'spark.probe.colon:with colon',
          'spark.probe.space value with spaces',
          'spark.probe.continued = first \\',
          '    second',
          'spark.probe.unicode = caf\\u00e9',
          // spark-submit trims property values (Utils.getPropertiesFromFile), escaped spaces included.
          'spark.probe.trailing = x   ',
          'spark.probe.escaped =    \\  y',
          'spark.probe.a = overridden-by-conf',
          'spark.driver.memory = 2g',
          '',
        ].join('\n'),
      );
    }, 60_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    /** Runs the same spark-submit command line with the real spark-submit (local[*]). */
    async function sparkSubmit(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
      const sparkHome = inject('sparkHome');
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        SPARK_HOME: sparkHome,
        PYSPARK_PYTHON: inject('sparkPython'),
        PYSPARK_DRIVER_PYTHON: inject('sparkPython'),
        SPARK_LOCAL_IP: '127.0.0.1',
        SPARK_LOCAL_HOSTNAME: 'localhost',
      };
      delete env.SPARK_CONF_DIR;
      return execCapture(join(sparkHome, 'bin', 'spark-submit'), ['--master', 'local[*]', ...args], {
        cwd: REPO_ROOT,
        env,
        timeoutMs: SPARK_JOB_MS,
      });
    }

    // Not compared: --archives. Livy 0.9 passes a batch's `archives` as spark.yarn.dist.archives,
    // which only YARN reads, so in local mode they never arrive (spark-submit uses spark.archives).
    it(
      'prints the same conf, argv, files and py-files either way',
      async () => {
        const name = uniqueName('parity');
        const args = [
          '--name',
          name,
          '--conf',
          'spark.probe.a=1',
          '--conf',
          'spark.probe.expect-files=data.txt',
          '--conf',
          'spark.probe.expect-modules=probe_helper',
          '--properties-file',
          join(dir, 'spark.properties'),
          '--py-files',
          join(dir, 'deps', 'probe_helper.py'),
          '--files',
          join(dir, 'data.txt'),
          '--driver-memory',
          '1g',
          'test/fixtures/jobs/probe.py',
          '--master',
          'x',
          '--',
          '-v',
        ];
        const direct = await sparkSubmit(args);
        expect(direct.code, direct.stderr.slice(-3000)).toBe(0);
        const viaLivy = await livy(['submit', ...args]);
        created.add(submittedId(viaLivy.stderr));
        expect(viaLivy.code, viaLivy.stderr).toBe(0);

        const expected = linesWith(direct.stdout, 'PROBE ');
        expect(linesWith(viaLivy.stdout, 'PROBE ')).toEqual(expected);
        // And what they agree on is what the flags asked for.
        expect(expected).toEqual([
          `PROBE conf spark.app.name=${name}`,
          'PROBE conf spark.driver.memory=1g',
          'PROBE conf spark.probe.a=1',
          'PROBE conf spark.probe.colon=with colon',
          'PROBE conf spark.probe.continued=first second',
          'PROBE conf spark.probe.escaped=y',
          'PROBE conf spark.probe.expect-files=data.txt',
          'PROBE conf spark.probe.expect-modules=probe_helper',
          'PROBE conf spark.probe.fromprops=p1',
          'PROBE conf spark.probe.space=value with spaces',
          'PROBE conf spark.probe.trailing=x',
          'PROBE conf spark.probe.unicode=café',
          'PROBE argv ["--master", "x", "--", "-v"]',
          'PROBE file data.txt present',
          'PROBE pyfile probe_helper importable',
        ]);
      },
      2 * SPARK_JOB_MS,
    );

    it(
      '--files with #alias: local mode rejects the fragment in both, with the same error',
      async () => {
        const args = ['--files', `${join(dir, 'data.txt')}#alias.txt`, 'test/fixtures/jobs/probe.py'];
        const direct = await sparkSubmit(args);
        expect(direct.code).not.toBe(0);
        expect(direct.stdout + direct.stderr).toContain('URI has a fragment component');
        const viaLivy = await livy(['submit', ...args]);
        created.add(submittedId(viaLivy.stderr));
        // The flag reached Livy verbatim (#alias included) and Spark failed the same way.
        expect(viaLivy.code, viaLivy.stderr).toBe(1);
        expect(viaLivy.stdout + viaLivy.stderr).toContain('URI has a fragment component');
      },
      2 * SPARK_JOB_MS,
    );
  });
});

describeLivy('livy batches against the local Livy', () => {
  it('--async prints the id; wait, list, get, state and logs (text and json)', async () => {
    const name = uniqueName('async');
    const sub = await livy(['submit', '--async', '--name', name, 'test/fixtures/jobs/pi.py', '1000'], 60_000);
    expect(sub.code, sub.stderr).toBe(0);
    expect(sub.stdout).toMatch(/^\d+\n$/);
    const id = Number(sub.stdout.trim());
    created.add(id);

    const subJson = await livy(['submit', '--async', '--output', 'json', 'test/fixtures/jobs/pi.py', '1000'], 60_000);
    expect(subJson.code, subJson.stderr).toBe(0);
    const subBody = JSON.parse(subJson.stdout) as { id: number; state: string };
    expect(subBody).toMatchObject({ id: expect.any(Number), state: expect.any(String) });
    created.add(subBody.id);
    expectNoJsonOnStderr(subJson.stderr);

    const wait = await livy(['batches', 'wait', String(id)]);
    expect(wait.code, wait.stderr).toBe(0);
    expect(wait.stdout).toMatch(/^PI_RESULT samples=1000 pi=3\.\d{6}$/m);
    expect(wait.stderr).toMatch(new RegExp(`batch ${id} succeeded after`));

    const waitJson = await livy(['batches', 'wait', '--output', 'json', String(subBody.id)]);
    expect(waitJson.code, waitJson.stderr).toBe(0);
    expect(JSON.parse(waitJson.stdout)).toMatchObject({ id: subBody.id, state: 'success', outcome: 'success', exitCode: 0 });
    expectNoJsonOnStderr(waitJson.stderr);

    const list = await livy(['batches', 'list'], 30_000);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toMatch(/ID\s+NAME\s+STATE/);
    expect(list.stdout).toMatch(new RegExp(`^\\s*${id}\\s+${name}\\s+success`, 'm'));
    const listJson = await livy(['batches', 'list', '--output', 'json'], 30_000);
    expect(listJson.code, listJson.stderr).toBe(0);
    const page = JSON.parse(listJson.stdout) as { sessions: { id: number; name: string | null; state: string }[] };
    expect(page.sessions).toContainEqual(expect.objectContaining({ id, name, state: 'success' }));
    expectNoJsonOnStderr(listJson.stderr);

    const get = await livy(['batches', 'get', String(id)], 30_000);
    expect(get.code, get.stderr).toBe(0);
    expect(get.stdout).toMatch(new RegExp(`^id:\\s+${id}$`, 'm'));
    expect(get.stdout).toMatch(/^state:\s+success$/m);
    // Livy accepts the name where it takes an id.
    const getJson = await livy(['batches', 'get', '--output', 'json', name], 30_000);
    expect(getJson.code, getJson.stderr).toBe(0);
    expect(JSON.parse(getJson.stdout)).toMatchObject({ id, name, state: 'success' });
    expectNoJsonOnStderr(getJson.stderr);

    const state = await livy(['batches', 'state', String(id)], 30_000);
    expect(state.code, state.stderr).toBe(0);
    expect(state.stdout).toBe('success\n');
    const stateJson = await livy(['batches', 'state', '--output', 'json', String(id)], 30_000);
    expect(stateJson.code, stateJson.stderr).toBe(0);
    expect(JSON.parse(stateJson.stdout)).toEqual({ id, state: 'success' });
    expectNoJsonOnStderr(stateJson.stderr);

    const logs = await livy(['batches', 'logs', String(id)], 30_000);
    expect(logs.code, logs.stderr).toBe(0);
    expect(logs.stdout).toMatch(/^PI_RESULT samples=1000 pi=3\.\d{6}$/m);
    const logsJson = await livy(['batches', 'logs', '--output', 'json', String(id)], 30_000);
    expect(logsJson.code, logsJson.stderr).toBe(0);
    const logPage = JSON.parse(logsJson.stdout) as { id: number; log: string[] };
    expect(logPage.id).toBe(id);
    expect(logPage.log.some((l) => /^PI_RESULT samples=1000/.test(l))).toBe(true);
    expectNoJsonOnStderr(logsJson.stderr);

    // -f on a finished batch prints what is there and ends.
    const follow = await livy(['batches', 'logs', '-f', String(id)], 60_000);
    expect(follow.code, follow.stderr).toBe(0);
    expect(follow.stdout).toMatch(/^PI_RESULT samples=1000 pi=3\.\d{6}$/m);

    // An unknown batch: exit 3 (not found on the server), one line.
    const missing = await livy(['batches', 'state', '999999'], 30_000);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/^error: .*999999.*$/m);
  });

  it('kill on a running job: the waiter in another process exits 5', async () => {
    const id = await submitSleepAsync(120);
    const waiter = startLivy(['batches', 'wait', String(id)]);
    try {
      await waiter.waitForOutput('stdout', /^SLEEP_STARTED$/m);
      expect(await serverState(id)).toBe('running');
      const kill = await livy(['batches', 'kill', String(id)], 60_000);
      expect(kill.code, kill.stderr).toBe(0);
      expect(kill.stdout).toMatch(new RegExp(`batch ${id} killed \\(was running\\)`));
      const r = await waiter.done;
      expect(r.code, r.stderr).toBe(5);
      expect(r.stderr).toMatch(new RegExp(`batch ${id} (was killed|was deleted on the server)`));
    } finally {
      waiter.child.kill('SIGKILL');
    }
  });

  it('Ctrl-C detaches: exit 130, says how to re-attach, the batch keeps running', async () => {
    const cli = startLivy(['submit', 'test/fixtures/jobs/sleep.py', '120']);
    let id: number | undefined;
    try {
      const m = await cli.waitForOutput('stderr', /batch (\d+)\b.*submitted to/, 60_000);
      id = Number(m[1]);
      created.add(id);
      await cli.waitForOutput('stdout', /^SLEEP_STARTED$/m);
      cli.child.kill('SIGINT');
      const r = await cli.done;
      expect(r.code, r.stderr).toBe(130);
      expect(r.stderr).toContain(`livy batches wait ${id}`);
      expect(r.stderr).toContain(`livy batches kill ${id}`);
      const state = await livy(['batches', 'state', String(id)], 30_000);
      expect(state.code, state.stderr).toBe(0);
      expect(state.stdout.trim()).toBe('running');
    } finally {
      cli.child.kill('SIGKILL');
      if (id !== undefined) {
        const kill = await livy(['batches', 'kill', String(id)], 60_000);
        expect(kill.code, kill.stderr).toBe(0);
      }
    }
  });
});

describeLivy('bad input against the real server: exit 2 with Livy’s reason in one line', () => {
  /** The one stderr line that carries the error. */
  function errorLine(stderr: string): string {
    const lines = stderr.split('\n').filter((l) => l.startsWith('error:'));
    expect(lines, stderr).toHaveLength(1);
    return lines[0]!;
  }

  it('a path outside livy.file.local-dir-whitelist', async () => {
    const r = await livy(['submit', '/etc/hostname.py'], 60_000);
    expect(r.code, r.stderr).toBe(2);
    expect(errorLine(r.stderr)).toMatch(/HTTP 400.*Local path \/etc\/hostname\.py cannot be added to user sessions/);
    expect(r.stdout).toBe('');
  });

  it('a blacklisted conf', async () => {
    expect(SPARK_BLACKLIST).toContain('spark.yarn.archive');
    const r = await livy(['submit', '--conf', 'spark.yarn.archive=x', 'test/fixtures/jobs/pi.py'], 60_000);
    expect(r.code, r.stderr).toBe(2);
    expect(errorLine(r.stderr)).toMatch(/HTTP 400.*[Bb]lacklisted configuration.*spark\.yarn\.archive/);
    expect(r.stdout).toBe('');
  });

  it('a duplicate --name while the first batch still runs', async () => {
    const name = uniqueName('dup');
    const id = await submitSleepAsync(120, ['--name', name]);
    try {
      const r = await livy(['submit', '--name', name, 'test/fixtures/jobs/pi.py'], 60_000);
      expect(r.code, r.stderr).toBe(2);
      // Checked before the POST (so that a lost reply can never adopt the older batch).
      expect(errorLine(r.stderr)).toMatch(new RegExp(`--name '${name}' is taken: batch ${id} .*Livy refuses duplicate names`));
      expect(r.stdout).toBe('');
    } finally {
      await livy(['batches', 'kill', String(id)], 60_000);
    }
  });
});

// LAST: restarts the suite's server.
describeLivy('server restart mid-wait (no recovery in local mode)', () => {
  it('reports the outage, retries, then exits 3 saying the batch is gone', async () => {
    const env = { ...process.env, ...cliEnv() };
    const before = readLocalServerState(env);
    expect(before?.url).toBe(livyUrl());
    const cli = startLivy(['submit', 'test/fixtures/jobs/sleep.py', '300'], 280_000);
    let restarted = false;
    try {
      const m = await cli.waitForOutput('stderr', /batch (\d+)\b.*submitted to/, 60_000);
      const id = Number(m[1]);
      await cli.waitForOutput('stdout', /^SLEEP_STARTED$/m);

      const stopped = await stopLocalServer({ env });
      expect(stopped.stopped).toBe(true);
      // The CLI notices (after its own GET retries) and says so on stderr, still waiting.
      await cli.waitForOutput('stderr', /Livy is not answering/, 60_000);
      expect(cli.child.exitCode).toBe(null);

      const info = await startLocalServer({ port: before!.port, whitelist: before!.whitelist, env });
      restarted = true;
      expect(info.url).toBe(livyUrl());

      const r = await cli.done;
      expect(r.code, r.stderr).toBe(3);
      expect(r.stderr).toMatch(new RegExp(`batch ${id} no longer exists.*restarted without recovery`));
      expect(r.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace
    } finally {
      cli.child.kill('SIGKILL');
      if (!restarted && !readLocalServerState(env)) {
        await startLocalServer({ port: before!.port, whitelist: before!.whitelist, env });
      }
    }
    // Up again for whatever runs next.
    const v = await livyRequest<{ version: string }>('GET', '/version');
    expect(v.status).toBe(200);
  }, 300_000);
});
