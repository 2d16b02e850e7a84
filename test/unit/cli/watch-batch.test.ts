import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { batchView, FakeLivy } from '../../support/fake-livy.js';
import { PollSteps } from '../../support/poll-steps.js';
import { runCli } from '../../support/run-cli.js';
import { FakeClock } from '../../support/fake-clock.js';

const LOST_MARKER = '… some log lines were lost: Livy keeps only the last lines of each stream (livy.cache-log.size) …';
const UNCERTAIN_MARKER = '… repeated log lines: some may be missing, Livy keeps only the last lines of each stream (livy.cache-log.size) …';

/** Livy's log array: the stdout section, then the stderr section. */
const livyLog = (stdout: string[], stderr: string[] = []): string[] => ['stdout: ', ...stdout, '\nstderr: ', ...stderr];

describe('watching a batch (livy batches wait)', () => {
  let fake: FakeLivy;
  let env: NodeJS.ProcessEnv;
  let clock: FakeClock;
  beforeEach(async () => {
    fake = await new FakeLivy().start();
    env = { LIVY_URL: fake.url };
    clock = new FakeClock();
  });
  afterEach(async () => {
    await fake.stop();
  });

  /**
   * Batch 7 going through `states`, one per poll step (the lookup of `wait 7` sees the first,
   * the wait's first full view the second); log request n answers `logs[n]` (the last one from then on).
   */
  function scriptBatch(states: string[], logs: string[][] = [livyLog([])], extra: Record<string, unknown> = {}): void {
    const steps = new PollSteps();
    const at = (step: number): string => states[Math.min(step, states.length - 1)]!;
    let logReads = 0;
    fake.on('GET', '/batches/7', () => ({ json: batchView(7, at(steps.view()), extra) }));
    fake.on('GET', '/batches/7/state', () => ({ json: { id: 7, state: at(steps.state()) } }));
    fake.on('GET', '/batches/7/log', () => {
      const log = logs[Math.min(logReads++, logs.length - 1)]!;
      return { json: { id: 7, from: 0, total: log.length, log } };
    });
  }

  const logRequests = () => fake.requests.filter((r) => r.path === '/batches/7/log');

  describe('exit code of each outcome', () => {
    it('success: exit 0, with the application and its links in the summary', async () => {
      scriptBatch(['running', 'running', 'success'], [livyLog([])], {
        appId: 'application_1_0007',
        appInfo: { sparkUiUrl: 'http://rm/proxy/application_1_0007/', driverLogUrl: 'http://nm/logs/driver' },
      });
      const run = await runCli(['batches', 'wait', '7'], { env, clock });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toMatch(/^batch 7 succeeded after \d+s$/m);
      expect(run.stderr).toContain('  application: application_1_0007\n');
      expect(run.stderr).toContain('  Spark UI:    http://rm/proxy/application_1_0007/\n');
      expect(run.stderr).toContain('  driver log:  http://nm/logs/driver\n');
    });

    it('killed: exit 5', async () => {
      scriptBatch(['running', 'running', 'killed']);
      const run = await runCli(['batches', 'wait', '7'], { env, clock });
      expect(run.code, run.stderr).toBe(5);
      expect(run.stderr).toMatch(/^batch 7 was killed after \d+s$/m);
    });

    it('error: exit 1, the failed state named', async () => {
      scriptBatch(['running', 'error']);
      const run = await runCli(['batches', 'wait', '7'], { env, clock });
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toMatch(/^batch 7 failed \(error\) after \d+s$/m);
    });

    it('deleted on the server while the server stays up: exit 5, said to be deleted', async () => {
      let views = 0;
      fake.on('GET', '/batches/7', () =>
        ++views <= 2 ? { json: batchView(7, 'running') } : { status: 404, json: { msg: "Session '7' not found." } },
      );
      fake.on('GET', '/batches/7/state', { json: { id: 7, state: 'dead' } });
      fake.on('GET', '/batches/7/log', { json: { id: 7, from: 0, total: 0, log: [] } });
      const run = await runCli(['batches', 'wait', '7'], { env, clock });
      expect(run.code, run.stderr).toBe(5);
      expect(run.stderr).toMatch(/^batch 7 was deleted on the server \(killed\) after \d+s$/m);
    });

    it('--timeout while it still runs: exit 4, saying the job goes on and how to wait again or kill it', async () => {
      scriptBatch(['running']);
      const run = await runCli(['batches', 'wait', '7', '--timeout', '500ms'], { env, clock });
      expect(run.code, run.stderr).toBe(4);
      expect(run.stderr).toMatch(/^batch 7 is still running: --timeout reached after \d+s$/m);
      expect(run.stderr).toContain("the job is still running: 'livy batches wait 7' waits again, 'livy batches kill 7' stops it");
    });

    it('vanished across a server restart: exit 3, saying the server forgot it', async () => {
      // Seen running twice (the lookup and the wait's first view); then the server restarts:
      // one reply that is not Livy's (a proxy's page), then it no longer knows batch 7.
      let views = 0;
      let statePolls = 0;
      let logReads = 0;
      const gone = { status: 404, json: { msg: "Session '7' not found." } };
      fake.on('GET', '/batches/7', () => (++views <= 2 ? { json: batchView(7, 'running') } : gone));
      fake.on('GET', '/batches/7/state', () =>
        ++statePolls === 1 ? { body: '<html>502 Bad Gateway</html>', contentType: 'text/html' } : gone,
      );
      fake.on('GET', '/batches/7/log', () => (++logReads === 1 ? { json: { id: 7, from: 0, total: 0, log: [] } } : gone));
      const run = await runCli(['batches', 'wait', '7'], { env, clock });
      expect(run.code, run.stderr).toBe(3);
      expect(run.stderr).toContain('error: batch 7 no longer exists: the Livy server restarted without recovery and forgot it');
      expect(run.stderr).toContain('hint: its Spark job may have been stopped too; check the cluster, then resubmit');
    });

    it('replaced by another batch with its id: exit 3, and the newcomer is left alone', async () => {
      let views = 0;
      fake.on('GET', '/batches/7', () => ({ json: batchView(7, 'running', { name: ++views === 1 ? 'nightly' : 'someone-else' }) }));
      fake.on('GET', '/batches/7/log', { json: { id: 7, from: 0, total: 0, log: [] } });
      const run = await runCli(['batches', 'wait', '7'], { env, clock });
      expect(run.code, run.stderr).toBe(3);
      expect(run.stderr).toContain("batch 7 was replaced after a server restart: it is now named 'someone-else'");
      expect(fake.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    });
  });

  describe('the log and the state notes', () => {
    it("streams the job's stdout to stdout and its stderr to stderr, as the log grows", async () => {
      scriptBatch(['running', 'running', 'success'], [livyLog(['out 1'], ['err 1']), livyLog(['out 1', 'out 2'], ['err 1', 'err 2'])]);
      const run = await runCli(['batches', 'wait', '7'], { env, clock });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toBe('out 1\nout 2\n');
      expect(run.stderr.split('\n').filter((line) => line.startsWith('err '))).toEqual(['err 1', 'err 2']);
    });

    it('notes each state change on stderr, in order, and nothing of them on stdout', async () => {
      scriptBatch(['starting', 'starting', 'running', 'success']);
      const run = await runCli(['batches', 'wait', '7'], { env, clock });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr.split('\n').filter((line) => line.startsWith('batch 7: '))).toEqual([
        'batch 7: starting',
        'batch 7: running',
        'batch 7: success',
      ]);
      expect(run.stdout).toBe('');
    });

    it('a state livy does not know is noted as such, and the wait goes on', async () => {
      scriptBatch(['running', 'suspended', 'success']);
      const run = await runCli(['batches', 'wait', '7'], { env, clock });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toContain('batch 7: suspended (a state livy does not know; still waiting)\n');
    });

    it('--no-log reads no log while waiting', async () => {
      scriptBatch(['running', 'running', 'success'], [livyLog(['out 1'])]);
      const run = await runCli(['batches', 'wait', '7', '--no-log'], { env, clock });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toBe('');
      expect(logRequests()).toHaveLength(0);
    });

    it("a reply that is not Livy's is noted as an outage, and the recovery too", async () => {
      let statePolls = 0;
      fake.on('GET', '/batches/7', () => ({ json: batchView(7, statePolls === 0 ? 'running' : 'success') }));
      fake.on('GET', '/batches/7/state', () =>
        ++statePolls === 1 ? { body: '<html>502 Bad Gateway</html>', contentType: 'text/html' } : { json: { id: 7, state: 'success' } },
      );
      fake.on('GET', '/batches/7/log', { json: { id: 7, from: 0, total: 0, log: [] } });
      const run = await runCli(['batches', 'wait', '7'], { env, clock });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toMatch(
        /^Livy is not answering \(GET \/batches\/7\/state: the server's reply is not JSON .*\); still waiting \(0s so far\)$/m,
      );
      expect(run.stderr).toContain('Livy is answering again\n');
    });
  });

  describe('lost log lines', () => {
    it('marks the gap on stderr when the buffer wrapped past every line seen', async () => {
      scriptBatch(['running', 'running', 'success'], [livyLog(['line 1', 'line 2']), livyLog(['line 8', 'line 9'])]);
      const run = await runCli(['batches', 'wait', '7'], { env, clock });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toBe('line 1\nline 2\nline 8\nline 9\n');
      expect(run.stderr).toContain(`${LOST_MARKER}\n`);
    });

    it('says lines may be missing when repeated lines make the count of new ones unknowable', async () => {
      scriptBatch(['running', 'running', 'success'], [livyLog(['x', 'a', 'a']), livyLog(['a', 'a', 'b'])]);
      const run = await runCli(['batches', 'wait', '7'], { env, clock });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toBe('x\na\na\nb\n');
      expect(run.stderr).toContain(`${UNCERTAIN_MARKER}\n`);
      expect(run.stderr).not.toContain(LOST_MARKER);
    });

    it('no marker when every line was seen', async () => {
      scriptBatch(['running', 'running', 'success'], [livyLog(['line 1']), livyLog(['line 1', 'line 2'])]);
      const run = await runCli(['batches', 'wait', '7'], { env, clock });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toBe('line 1\nline 2\n');
      expect(run.stderr).not.toContain('log lines');
    });
  });

  describe('the log of a failed batch', () => {
    it('is printed whole after the failure when lines were lost while streaming', async () => {
      scriptBatch(['running', 'running', 'dead'], [livyLog(['line 1']), livyLog(['line 8', 'Traceback: boom'], ['ERROR executor lost'])]);
      const run = await runCli(['batches', 'wait', '7'], { env, clock });
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toContain(
        [
          '--- log of batch 7 (last 5 lines kept by Livy) ---',
          '[stdout]',
          'line 8\nTraceback: boom',
          '[stderr]',
          'ERROR executor lost',
          '',
        ].join('\n'),
      );
      expect(logRequests()).toHaveLength(3);
    });

    it('is not printed again when it was all streamed', async () => {
      scriptBatch(['running', 'running', 'dead'], [livyLog(['line 1']), livyLog(['line 1', 'Traceback: boom'])]);
      const run = await runCli(['batches', 'wait', '7'], { env, clock });
      expect(run.code, run.stderr).toBe(1);
      expect(run.stdout).toBe('line 1\nTraceback: boom\n');
      expect(run.stderr).not.toContain('--- log of batch 7');
      expect(logRequests()).toHaveLength(2);
    });

    it('is printed after the failure with --no-log', async () => {
      scriptBatch(['running', 'running', 'dead'], [livyLog(['Traceback: boom'])]);
      const run = await runCli(['batches', 'wait', '7', '--no-log'], { env, clock });
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toContain('--- log of batch 7 (last 3 lines kept by Livy) ---\n[stdout]\nTraceback: boom\n');
      expect(logRequests()).toHaveLength(1);
    });
  });

  describe('--output json', () => {
    it('prints one document with the outcome fields on stdout, the job log on stderr', async () => {
      scriptBatch(['running', 'running', 'success'], [livyLog(['hello'])], { name: 'pi', appId: 'application_1_0007' });
      const run = await runCli(['batches', 'wait', '7', '--output', 'json'], { env, clock });
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual({
        name: 'pi',
        appId: 'application_1_0007',
        appInfo: { driverLogUrl: null, sparkUiUrl: null },
        id: 7,
        state: 'success',
        outcome: 'success',
        durationMs: expect.any(Number),
        exitCode: 0,
      });
      expect(run.stderr).toContain('hello\n');
      expect(run.stderr).not.toMatch(/batch 7 succeeded/);
    });

    it('a killed batch: outcome killed and exit code 5 in the document and the process', async () => {
      scriptBatch(['running', 'running', 'killed']);
      const run = await runCli(['batches', 'wait', '7', '-o', 'json'], { env, clock });
      expect(run.code, run.stderr).toBe(5);
      expect(JSON.parse(run.stdout)).toMatchObject({ id: 7, state: 'killed', outcome: 'killed', exitCode: 5 });
    });

    it('a timeout: outcome timeout, the state last seen and exit code 4', async () => {
      scriptBatch(['running']);
      const run = await runCli(['batches', 'wait', '7', '-o', 'json', '--timeout', '500ms'], { env, clock });
      expect(run.code, run.stderr).toBe(4);
      expect(JSON.parse(run.stdout)).toMatchObject({ id: 7, state: 'running', outcome: 'timeout', exitCode: 4 });
    });
  });

  describe('--log-file (livy submit)', () => {
    it('appends the streamed log lines to the file as well', async () => {
      const logFile = join(mkdtempSync(join(tmpdir(), 'livy-watch-log-')), 'job.log');
      fake.on('POST', '/batches', { status: 201, json: batchView(7, 'starting') });
      scriptBatch(['running', 'running', 'success'], [livyLog(['out 1'], ['err 1'])]);
      const run = await runCli(['submit', '--url', fake.url, '--log-file', logFile, '/jobs/pi.py'], { env, clock });
      expect(run.code, run.stderr).toBe(0);
      expect(readFileSync(logFile, 'utf8')).toBe('out 1\nerr 1\n');
    });
  });

  describe('in virtual time', () => {
    const MINUTE = 60_000;

    it('--timeout 10m of a batch that stays running: exit 4 after 10 minutes on the clock', async () => {
      scriptBatch(['running']);
      const run = await runCli(['batches', 'wait', '7', '-o', 'json', '--timeout', '10m'], { env, clock });
      expect(run.code, run.stderr).toBe(4);
      expect(JSON.parse(run.stdout)).toMatchObject({ outcome: 'timeout', durationMs: 10 * MINUTE, exitCode: 4 });
      expect(clock.now()).toBe(10 * MINUTE);
    });

    it('polls as the README says: after 50 and 75 ms, every 100 ms to 6 s, then 1/60 of the time waited, at most every 5 s', async () => {
      scriptBatch(['running']);
      // A look is a read of the state, or of the full view (which comes after the log in the same look).
      const looks: number[] = [];
      fake.on('GET', /^\/batches\/7(\/state)?$/, (request) => {
        looks.push(clock.now());
        return { json: request.path.endsWith('/state') ? { id: 7, state: 'running' } : batchView(7, 'running') };
      });
      await runCli(['batches', 'wait', '7', '--timeout', '10m'], { env, clock });
      // The first look is the lookup of `wait 7`, made before the wait starts.
      const times = looks.slice(1);
      const gaps = times.slice(1).map((time, i) => time - times[i]!);
      expect(gaps.slice(0, 3)).toEqual([50, 75, 100]);
      times.slice(0, -1).forEach((time, i) => {
        if (time >= 125 && time < 6000) expect(gaps[i], `after ${time} ms`).toBe(100);
        else if (time >= 6000 && time < 300_000) expect(gaps[i], `after ${time} ms`).toBe(Math.round(time / 60));
        else if (time >= 300_000) expect(gaps[i], `after ${time} ms`).toBe(5000);
      });
      expect(times.at(-1)).toBeGreaterThan(10 * MINUTE - 5000);
    });
  });
});
