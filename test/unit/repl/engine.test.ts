import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LivyClient } from '../../../src/client/livy-client.js';
import type { SessionState } from '../../../src/client/schemas.js';
import { statementPollDelay } from '../../../src/client/statement-runner.js';
import { ReplEngine, type ReplDeps, type ReplSession } from '../../../src/repl/engine.js';
import { terminalText } from '../../../src/text/terminal-text.js';
import { FakeClock } from '../../support/fake-clock.js';
import { FakeSessionServer, ok, pyError, text } from './fake-sessions.js';

const plain = new Chalk({ level: 0 });

/** Waits (bounded, never asserting how long it took) until `check` stops throwing. */
const until = (check: () => void): Promise<void> => vi.waitFor(check, { timeout: 10_000, interval: 10 });

/** A promise the test settles by hand. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

interface Harness {
  engine: ReplEngine;
  /** Every line the engine printed, in order. */
  output: string[];
  /** Everything printed, one string. */
  printed(): string;
  openCalls: Array<{ fresh: boolean }>;
  deleted: number[];
  /** The `onLost` of the latest watchSession call. */
  lose(reason: string): void;
  watchStops: number;
}

describe('ReplEngine', () => {
  let fake: FakeSessionServer;
  let client: LivyClient;
  let historyDir: string;
  let cwd: string;

  beforeEach(async () => {
    fake = await new FakeSessionServer().start();
    client = new LivyClient({ url: fake.url });
    historyDir = mkdtempSync(join(tmpdir(), 'livy-engine-history-'));
    cwd = mkdtempSync(join(tmpdir(), 'livy-engine-cwd-'));
  });
  afterEach(async () => {
    await client.close();
    await fake.stop();
  });

  /**
   * An engine whose sessions API is the real client against the fake server. By default
   * `openSession` makes a fresh idle pyspark session on the fake and reports it as created.
   */
  function harness(overrides: Partial<ReplDeps> & { attach?: boolean; kind?: string } = {}): Harness {
    const kind = overrides.kind ?? 'pyspark';
    const output: string[] = [];
    const openCalls: Array<{ fresh: boolean }> = [];
    const deleted: number[] = [];
    let onLost: ((reason: string) => void) | undefined;
    const h: Harness = {
      engine: undefined as unknown as ReplEngine,
      output,
      printed: () => output.join('\n'),
      openCalls,
      deleted,
      lose: (reason) => onLost!(reason),
      watchStops: 0,
    };
    const deps: ReplDeps = {
      sessions: client.sessions,
      openSession: async (fresh, onState) => {
        openCalls.push({ fresh });
        const id = fake.addSession(kind);
        onState('idle', id);
        return { id, kind, session: await client.sessions.get(id), created: !overrides.attach };
      },
      deleteSession: async (id) => {
        deleted.push(id);
        fake.sessions.delete(id);
        return { ok: true, text: `session ${id} was deleted` };
      },
      watchSession: (_id, lost) => {
        onLost = lost;
        return () => h.watchStops++;
      },
      requestedKind: kind,
      keep: false,
      historyDir,
      cwd,
      style: plain,
      width: () => 100,
      saveImage: (sessionId) => join(cwd, `image-${sessionId}.png`),
      safeText: (raw) => raw,
      ...overrides,
    };
    h.engine = new ReplEngine(deps);
    h.engine.onOutput((line) => output.push(line));
    return h;
  }

  /** A harness whose session is open and ready. */
  async function ready(overrides: Parameters<typeof harness>[0] = {}): Promise<Harness> {
    const h = harness(overrides);
    await h.engine.start();
    return h;
  }

  const statementBodies = () =>
    fake.requestsTo('POST', /^\/sessions\/\d+\/statements$/).map((r) => JSON.parse(r.body) as { code: string; kind?: string });

  describe('starting', () => {
    it('is in the starting phase until the session is open, showing the states it reports', async () => {
      const opening = deferred<ReplSession>();
      let report: ((state: SessionState, id: number) => void) | undefined;
      const h = harness({ openSession: (_fresh, onState) => ((report = onState), opening.promise) });
      const started = h.engine.start();
      expect(h.engine.view.phase).toBe('starting');
      report!('starting', 4);
      expect(h.engine.view).toMatchObject({ phase: 'starting', sessionId: 4, sessionState: 'starting' });
      opening.resolve({
        id: 4,
        kind: 'pyspark',
        created: true,
        session: { id: 4, state: 'idle', kind: 'pyspark' } as ReplSession['session'],
      });
      await started;
      expect(h.engine.view).toMatchObject({
        phase: 'ready',
        sessionId: 4,
        sessionKind: 'pyspark',
        sessionState: 'idle',
        statementKind: 'pyspark',
      });
    });

    it('the prompt names the requested kind before the session exists, and its id once it does', async () => {
      const h = harness();
      expect(h.engine.prompt()).toBe('pyspark> ');
      await h.engine.start();
      expect(h.engine.prompt()).toBe('pyspark:0> ');
    });

    it('announces a session it created as started, with its application id', async () => {
      const h = await ready();
      expect(h.output).toEqual(['session 0 (pyspark) started, application local-0. :help for help, Ctrl-D to quit.']);
    });

    it('announces a session it attached to as attached', async () => {
      const h = await ready({ attach: true });
      expect(h.output[0]).toMatch(/^session 0 \(pyspark\) attached/);
    });

    it('starts watching the session once it is ready', async () => {
      const watched: number[] = [];
      await ready({ watchSession: (id) => (watched.push(id), () => {}) });
      expect(watched).toEqual([0]);
    });

    it('rejects when the first session cannot be had', async () => {
      const h = harness({ openSession: () => Promise.reject(new Error('no capacity')) });
      await expect(h.engine.start()).rejects.toThrow('no capacity');
    });

    it('code submitted while the session starts waits, then runs once it is ready', async () => {
      const opening = deferred<ReplSession>();
      const h = harness({ openSession: () => opening.promise });
      const started = h.engine.start();
      await h.engine.submit('1+1');
      expect(h.engine.view.queued).toBe(1);
      expect(statementBodies()).toEqual([]);
      const id = fake.addSession('pyspark');
      opening.resolve({ id, kind: 'pyspark', created: true, session: await client.sessions.get(id) });
      await started;
      await until(() => expect(h.output.at(-1)).toBe('2'));
    });

    it('a shared session sends statements without a kind until one is chosen', async () => {
      const h = await ready({ kind: 'shared' });
      expect(h.engine.view.statementKind).toBeUndefined();
      await h.engine.submit('1+1');
      await until(() => expect(h.output).toContain('2'));
      expect(statementBodies()).toEqual([{ code: '1+1' }]);
    });
  });

  describe('running statements', () => {
    it('echoes the code after the prompt, then prints its text output', async () => {
      const h = await ready();
      await h.engine.submit('1+1');
      await until(() => expect(h.output.slice(1)).toEqual(['pyspark:0> 1+1', '2']));
    });

    it("sends the code with the session's statement kind, trailing whitespace removed", async () => {
      const h = await ready();
      await h.engine.submit('1+1  \n');
      await until(() => expect(h.output).toContain('2'));
      expect(statementBodies()).toEqual([{ code: '1+1', kind: 'pyspark' }]);
    });

    it('echoes every line of multi-line code, continuation lines marked', async () => {
      const h = await ready();
      await h.engine.submit('x = 1\ny = 2');
      await until(() => expect(h.output).toContain('pyspark:0> x = 1\n       ... y = 2'));
    });

    it('ignores blank input', async () => {
      const h = await ready();
      await h.engine.submit('   ');
      expect(h.output).toHaveLength(1);
      expect(h.engine.view.queued).toBe(0);
      expect(statementBodies()).toEqual([]);
    });

    it('renders an error statement as ename: evalue and its traceback', async () => {
      fake.evaluate = () => ({
        output: pyError('ZeroDivisionError', 'division by zero', ['Traceback (most recent call last):\n', '  File "<stdin>", line 1\n']),
      });
      const h = await ready();
      await h.engine.submit('1/0');
      await until(() =>
        expect(h.output.at(-1)).toBe('ZeroDivisionError: division by zero\nTraceback (most recent call last):\n  File "<stdin>", line 1'),
      );
    });

    it('saves an image through saveImage and prints where it went', async () => {
      fake.evaluate = () => ({ output: ok({ 'image/png': Buffer.from('png').toString('base64') }) });
      const h = await ready();
      await h.engine.submit('%matplot plt');
      await until(() => expect(h.output.at(-1)).toBe(`[image saved to ${join(cwd, 'image-0.png')}]`));
    });

    it('queues statements submitted while one runs and runs them one at a time, in order', async () => {
      fake.evaluate = (code) => ({ output: text(`out ${code}`), polls: code === 'a' ? 3 : 1 });
      const h = await ready();
      await h.engine.submit('a');
      await h.engine.submit('b');
      await h.engine.submit('c');
      expect(h.engine.view.queued).toBe(2);
      await until(() => expect(h.output.filter((line) => line.startsWith('out '))).toEqual(['out a', 'out b', 'out c']));
      expect(statementBodies().map((b) => b.code)).toEqual(['a', 'b', 'c']);
      expect(h.engine.view).toMatchObject({ running: undefined, queued: 0 });
    });

    it('sends a statement before echoing it, and echoes it before its output', async () => {
      fake.evaluate = (code) => ({ output: text(`out ${code}`), polls: 1 });
      const printedAtSend: number[] = [];
      const sessions = Object.create(client.sessions, {
        submitStatement: {
          value: (...args: Parameters<typeof client.sessions.submitStatement>) => {
            printedAtSend.push(h.output.length);
            return client.sessions.submitStatement(...args);
          },
        },
      }) as typeof client.sessions;
      const h = await ready({ sessions });
      const printedBefore = h.output.length;
      await h.engine.submit('x = 1');
      expect(printedAtSend).toEqual([printedBefore]);
      await until(() => expect(h.output).toContain('out x = 1'));
      const echoed = h.output.findIndex((line) => line.endsWith('> x = 1'));
      expect(echoed).toBeGreaterThanOrEqual(printedBefore);
      expect(echoed).toBeLessThan(h.output.indexOf('out x = 1'));
      expect(h.engine.history).toEqual(['x = 1']);
    });

    it('shows the running statement with its id once submitted', async () => {
      fake.evaluate = () => ({ hang: true });
      const h = await ready();
      await h.engine.submit('sleep()');
      expect(h.engine.view.running).toMatchObject({ code: 'sleep()', cancelling: false });
      await until(() => expect(h.engine.view.running?.id).toBe(0));
      h.engine.interrupt();
      await until(() => expect(h.engine.view.running).toBeUndefined());
    });

    it('a statement the server refuses prints why and the REPL stays ready', async () => {
      const h = await ready();
      fake.livy.on('POST', /^\/sessions\/\d+\/statements$/, { status: 500, json: { msg: 'interpreter exploded' } });
      await h.engine.submit('1+1');
      await until(() => expect(h.printed()).toMatch(/statement failed to run: .*interpreter exploded/));
      expect(h.engine.view.phase).toBe('ready');
    });

    it('a 404 for a statement means the session is gone: the phase becomes lost', async () => {
      const h = await ready();
      fake.sessions.delete(0);
      await h.engine.submit('1+1');
      await until(() => expect(h.engine.view.phase).toBe('lost'));
      expect(h.printed()).toContain("session 0 is gone (Session '0' not found.): whatever was defined in it is lost.");
    });
  });

  describe('Ctrl-C (interrupt)', () => {
    it('cancels the running statement on the server and reports it cancelled', async () => {
      fake.evaluate = () => ({ hang: true });
      const h = await ready();
      await h.engine.submit('sleep()');
      await until(() => expect(h.engine.view.running?.id).toBe(0));
      expect(h.engine.interrupt()).toBe(true);
      expect(h.engine.view.running?.cancelling).toBe(true);
      await until(() => expect(h.output.at(-1)).toBe('statement 0 cancelled'));
      expect(fake.requestsTo('POST', /^\/sessions\/0\/statements\/0\/cancel$/)).toHaveLength(1);
      expect(h.engine.view.phase).toBe('ready');
    });

    it('drops the statements queued behind the cancelled one', async () => {
      fake.evaluate = () => ({ hang: true });
      const h = await ready();
      await h.engine.submit('sleep()');
      await h.engine.submit('second()');
      await h.engine.submit('third()');
      await until(() => expect(h.engine.view.running?.id).toBe(0));
      h.engine.interrupt();
      expect(h.output).toContain('dropped 2 queued statement(s)');
      expect(h.engine.view.queued).toBe(0);
      await until(() => expect(h.engine.view.running).toBeUndefined());
      expect(statementBodies().map((b) => b.code)).toEqual(['sleep()']);
    });

    it('a second Ctrl-C while cancelling only says it is still cancelling', async () => {
      fake.evaluate = () => ({ hang: true });
      const h = await ready();
      await h.engine.submit('sleep()');
      await until(() => expect(h.engine.view.running?.id).toBe(0));
      h.engine.interrupt();
      expect(h.engine.interrupt()).toBe(true);
      expect(h.engine.view.notice).toBe('still cancelling; Ctrl-D or :quit leaves and deletes the session');
      await until(() => expect(h.engine.view.running).toBeUndefined());
      expect(fake.requestsTo('POST', /\/cancel$/)).toHaveLength(1);
      expect(h.engine.view.phase).toBe('ready');
    });

    it('with nothing running, returns false and changes nothing', async () => {
      const h = await ready();
      expect(h.engine.interrupt()).toBe(false);
      expect(h.engine.view.phase).toBe('ready');
    });

    it('while the session starts, quits and deletes the session once it is open', async () => {
      const opening = deferred<ReplSession>();
      const h = harness({ openSession: () => opening.promise });
      const started = h.engine.start();
      expect(h.engine.interrupt()).toBe(true);
      expect(h.engine.view.phase).toBe('exiting');
      opening.resolve({ id: 7, kind: 'pyspark', created: true, session: { id: 7, state: 'starting' } as ReplSession['session'] });
      await h.engine.closed;
      await started;
      expect(h.deleted).toEqual([7]);
      expect(h.engine.view.phase).toBe('closed');
    });
  });

  describe('meta commands', () => {
    it(':help prints the commands and keys', async () => {
      const h = await ready();
      await h.engine.submit(':help');
      expect(h.output.at(-1)).toMatch(/^Commands:\n/);
      expect(h.output.at(-1)).toMatch(/:kind KIND\s+send the next statements as KIND/);
      expect(statementBodies()).toEqual([]);
    });

    it(':kind sql sends the next statements as sql and changes the prompt', async () => {
      const h = await ready();
      await h.engine.submit(':kind sql');
      expect(h.output.at(-1)).toBe('statements are now sent as sql');
      expect(h.engine.prompt()).toBe('sql:0> ');
      await h.engine.submit('select 1');
      await until(() => expect(statementBodies()).toEqual([{ code: 'select 1', kind: 'sql' }]));
    });

    it(':kind without an argument says how statements are sent', async () => {
      const h = await ready();
      await h.engine.submit(':kind');
      expect(h.output.at(-1)).toBe('statements are sent as pyspark (session kind pyspark)');
    });

    it(':kind with an unknown kind prints an error and keeps the kind', async () => {
      const h = await ready();
      await h.engine.submit(':kind cobol');
      expect(h.output.at(-1)).toMatch(/^unknown kind 'cobol'/);
      expect(h.engine.view.statementKind).toBe('pyspark');
    });

    it('an unknown command says so and sends nothing', async () => {
      const h = await ready();
      await h.engine.submit(':bogus arg');
      expect(h.output.at(-1)).toBe('unknown command :bogus (:help lists them)');
      expect(statementBodies()).toEqual([]);
    });

    it(':load runs a file relative to the working directory as one statement', async () => {
      writeFileSync(join(cwd, 'job.py'), 'a = 1\nb = 2\n\n');
      const h = await ready();
      await h.engine.submit(':load job.py');
      await until(() => expect(statementBodies()).toEqual([{ code: 'a = 1\nb = 2', kind: 'pyspark' }]));
    });

    it(':load of a missing file prints the error code and sends nothing', async () => {
      const h = await ready();
      await h.engine.submit(':load nope.py');
      expect(h.output.at(-1)).toBe('cannot read nope.py: ENOENT');
      expect(statementBodies()).toEqual([]);
    });

    it(':upload of a .jar goes to upload-jar', async () => {
      writeFileSync(join(cwd, 'lib.jar'), 'jar bytes');
      const h = await ready();
      await h.engine.submit(':upload lib.jar');
      expect(h.output.at(-1)).toBe('uploaded lib.jar (upload-jar)');
      expect(fake.requestsTo('POST', /^\/sessions\/0\/upload-jar$/)[0]!.body).toContain('jar bytes');
    });

    it(':info shows the session, its Spark UI and that it is deleted on exit', async () => {
      const h = await ready();
      await h.engine.submit(':info');
      const info = h.output.at(-1)!;
      expect(info).toContain('session:  0');
      expect(info).toContain('kind:     pyspark (statements sent as pyspark)');
      expect(info).toContain('state:    idle');
      expect(info).toContain('Spark UI: http://spark-ui/0');
      expect(info).toContain('on exit:  deleted');
    });

    it(':info says an attached session is kept on exit', async () => {
      const h = await ready({ attach: true });
      await h.engine.submit(':info');
      expect(h.output.at(-1)).toContain('on exit:  kept');
    });

    it(':info before the session is open says there is no session', async () => {
      const h = harness({ openSession: () => new Promise<ReplSession>(() => {}) });
      void h.engine.start();
      await h.engine.submit(':info');
      expect(h.output.at(-1)).toBe('no session right now');
    });

    it(':log N prints the last N non-blank lines of the session log', async () => {
      const h = await ready();
      await h.engine.submit(':log 2');
      expect(h.output.at(-1)).toBe('\nstderr: \njava.lang.OutOfMemoryError: boom');
    });

    it(':save writes the transcript to a file, without colours', async () => {
      const h = await ready({ style: new Chalk({ level: 1 }) });
      await h.engine.submit('1+1');
      await until(() => expect(h.output).toContain('2'));
      await h.engine.submit(':save transcript.txt');
      expect(h.output.at(-1)).toBe(`transcript saved to ${join(cwd, 'transcript.txt')}`);
      expect(h.engine.transcriptText).toContain('\u001b[1m');
      const saved = readFileSync(join(cwd, 'transcript.txt'), 'utf8');
      expect(saved).toContain('pyspark:0> 1+1\n2\n');
      expect(saved).not.toContain('\u001b');
    });

    it(':quit quits and deletes the session', async () => {
      const h = await ready();
      await h.engine.submit(':quit');
      await h.engine.closed;
      expect(h.deleted).toEqual([0]);
    });

    it('meta commands are not added to the history; code is', async () => {
      const h = await ready();
      await h.engine.submit(':help');
      await h.engine.submit('x = 41');
      expect(h.engine.history).toEqual(['x = 41']);
    });
  });

  describe('history', () => {
    it('is kept per statement kind: after :kind sql the sql history is shown', async () => {
      const h = await ready();
      await h.engine.submit('x = 1');
      await h.engine.submit(':kind sql');
      expect(h.engine.history).toEqual([]);
      await h.engine.submit('select 1');
      expect(h.engine.history).toEqual(['select 1']);
    });

    it('survives the engine: a new engine on the same history directory recalls it', async () => {
      const first = await ready();
      await first.engine.submit('x = 41');
      const second = harness();
      expect(second.engine.history).toEqual(['x = 41']);
    });
  });

  describe('input helpers', () => {
    it('needsMoreInput: an open Python block needs more input', async () => {
      const h = await ready();
      expect(h.engine.needsMoreInput('def f(x):')).toBe(true);
      expect(h.engine.needsMoreInput('f(1)')).toBe(false);
    });

    it('needsMoreInput: a meta command never does, even with an open bracket', async () => {
      const h = await ready();
      expect(h.engine.needsMoreInput(':load (x')).toBe(false);
    });

    it('complete asks the session for candidates with the statement kind and cursor', async () => {
      const h = await ready();
      expect(await h.engine.complete('spark.re', 8)).toEqual(['read', 'readStream']);
      expect(JSON.parse(fake.requestsTo('POST', /completion$/)[0]!.body)).toEqual({ code: 'spark.re', kind: 'pyspark', cursor: 8 });
    });

    it('complete offers nothing for SQL and does not ask the server', async () => {
      const h = await ready({ kind: 'sql' });
      expect(await h.engine.complete('sel', 3)).toEqual([]);
      expect(fake.requestsTo('POST', /completion$/)).toHaveLength(0);
    });

    it('complete offers nothing when the server fails to answer', async () => {
      const h = await ready();
      fake.livy.on('POST', /completion$/, { status: 400, json: { msg: 'bad' } });
      expect(await h.engine.complete('spark.re', 8)).toEqual([]);
    });
  });

  describe('a lost session', () => {
    it("watchSession's onLost makes the phase lost, says why and offers a new session", async () => {
      const h = await ready();
      h.lose('session 0 died (dead)');
      expect(h.engine.view).toMatchObject({ phase: 'lost', notice: 'start a new session? [Y/n]', running: undefined, queued: 0 });
      expect(h.output.at(-1)).toBe('session 0 died (dead): whatever was defined in it is lost.');
      expect(h.watchStops).toBe(1);
    });

    it('a loss while a statement runs abandons it and the queue', async () => {
      fake.evaluate = () => ({ hang: true });
      const h = await ready();
      await h.engine.submit('sleep()');
      await h.engine.submit('after()');
      await until(() => expect(h.engine.view.running?.id).toBe(0));
      h.lose('session 0 died');
      expect(h.engine.view).toMatchObject({ phase: 'lost', running: undefined, queued: 0 });
      await until(() => expect(fake.requestsTo('POST', /\/cancel$/)).toHaveLength(1));
      expect(statementBodies().map((b) => b.code)).toEqual(['sleep()']);
    });

    it('a second loss report is ignored', async () => {
      const h = await ready();
      h.lose('first');
      h.lose('second');
      expect(h.output.filter((line) => line.includes('whatever was defined'))).toHaveLength(1);
    });

    it('answering y (or just Enter) starts a fresh session', async () => {
      const h = await ready();
      h.lose('gone');
      await h.engine.submit('');
      expect(h.openCalls).toEqual([{ fresh: false }, { fresh: true }]);
      expect(h.engine.view).toMatchObject({ phase: 'ready', sessionId: 1 });
    });

    it('answering n quits', async () => {
      const h = await ready();
      h.lose('gone');
      await h.engine.submit('n');
      expect(h.engine.view.phase).toBe('closed');
    });

    it('any other answer asks again and runs nothing', async () => {
      const h = await ready();
      h.lose('gone');
      await h.engine.submit('1+1');
      expect(h.engine.view).toMatchObject({ phase: 'lost', notice: 'answer y to start a new session, n to quit' });
      expect(statementBodies()).toEqual([]);
    });

    it('quitting after a loss deletes the dead session this REPL created', async () => {
      const h = await ready();
      h.lose('session 0 died (dead)');
      await h.engine.submit('n');
      expect(h.deleted).toEqual([0]);
      expect(h.printed()).toContain('session 0 was deleted');
    });

    it('starting a new session after a loss deletes the dead one first, and only it', async () => {
      const h = await ready();
      h.lose('session 0 died (dead)');
      await h.engine.submit('y');
      expect(h.deleted).toEqual([0]);
      expect(h.engine.view).toMatchObject({ phase: 'ready', sessionId: 1 });
      await h.engine.quit();
      expect(h.deleted).toEqual([0, 1]);
    });

    it('a lost session this REPL only attached to is left alone on quit', async () => {
      const h = await ready({ attach: true });
      h.lose('session 0 died (dead)');
      await h.engine.submit('n');
      expect(h.deleted).toEqual([]);
    });

    it('a new session that cannot be had keeps the phase lost and says why', async () => {
      let opens = 0;
      const h = await ready({
        openSession: async (_fresh, onState) => {
          if (opens++ > 0) throw new Error('no capacity');
          const id = fake.addSession('pyspark');
          onState('idle', id);
          return { id, kind: 'pyspark', created: true, session: await client.sessions.get(id) };
        },
      });
      h.lose('gone');
      await h.engine.submit('y');
      expect(h.output.at(-1)).toBe('no capacity');
      expect(h.engine.view).toMatchObject({ phase: 'lost', notice: 'start another session? [Y/n]' });
    });
  });

  describe('quit', () => {
    it('deletes a session this REPL created and says what the server confirmed', async () => {
      const h = await ready();
      await h.engine.quit();
      expect(h.deleted).toEqual([0]);
      expect(h.output.slice(-2)).toEqual(['deleting session 0', 'session 0 was deleted']);
      expect(h.engine.view.phase).toBe('closed');
    });

    it('leaves an attached session running', async () => {
      const h = await ready({ attach: true });
      await h.engine.quit();
      expect(h.deleted).toEqual([]);
      expect(h.output.at(-1)).toBe('session 0 left running');
    });

    it('with keep, leaves a created session running and says --keep', async () => {
      const h = await ready({ keep: true });
      await h.engine.quit();
      expect(h.deleted).toEqual([]);
      expect(h.output.at(-1)).toBe('session 0 left running (--keep)');
    });

    it('a delete the server refused is printed as the dep describes it', async () => {
      const h = await ready({ deleteSession: async (id) => ({ ok: false, text: `could not delete session ${id}` }) });
      await h.engine.quit();
      expect(h.output.at(-1)).toBe('could not delete session 0');
    });

    it('stops watching the session', async () => {
      const h = await ready();
      await h.engine.quit();
      expect(h.watchStops).toBe(1);
    });

    it('a second quit deletes nothing more', async () => {
      const h = await ready();
      await Promise.all([h.engine.quit(), h.engine.quit()]);
      await h.engine.quit();
      expect(h.deleted).toEqual([0]);
    });

    it('resolves closed', async () => {
      const h = await ready();
      void h.engine.quit();
      await expect(h.engine.closed).resolves.toBeUndefined();
    });
  });

  describe("the server's text is made safe", () => {
    const terminalSafe = (raw: string) => terminalText(raw);

    it('an escape sequence in statement output never reaches the output or the transcript', async () => {
      fake.evaluate = () => ({ output: text('title\u001b]0;pwned\u0007 clear\u001b[2J done') });
      const h = await ready({ safeText: terminalSafe });
      await h.engine.submit('show()');
      await until(() => expect(h.output.at(-1)).toBe('title clear done'));
      expect(h.printed()).not.toContain('\u001b');
      expect(h.engine.transcriptText).not.toContain('\u001b');
    });

    it("an escape sequence in an error's name and message is removed", async () => {
      fake.evaluate = () => ({ output: pyError('Boom\u001b[2J', 'bad\u001b]0;x\u0007 value') });
      const h = await ready({ safeText: terminalSafe });
      await h.engine.submit('fail()');
      await until(() => expect(h.output.at(-1)).toBe('Boom: bad value'));
    });

    it('every printed line goes through safeText, the echo of typed code too', async () => {
      const h = await ready({ safeText: (raw) => `[safe]${raw}` });
      await h.engine.submit(':kind');
      expect(h.output.every((line) => line.startsWith('[safe]'))).toBe(true);
      expect(h.output).toHaveLength(3);
    });

    it('a notice from outside goes through safeText', async () => {
      const h = await ready({ safeText: terminalSafe });
      expect(h.engine.showNotice('Livy is not answering (\u001b[2Jdown)')).toBe('Livy is not answering (down)');
      expect(h.engine.view.notice).toBe('Livy is not answering (down)');
    });
  });

  describe('time comes from the clock dependency', () => {
    it('the view starts at now()', () => {
      const h = harness({ clock: new FakeClock({ start: 1_000 }) });
      expect(h.engine.view.startedAt).toBe(1_000);
    });

    it('start() restarts the clock of the starting phase', async () => {
      const clock = new FakeClock({ start: 1_000 });
      const h = harness({ clock });
      clock.advance(4_000);
      await h.engine.start();
      expect(h.engine.view.startedAt).toBe(5_000);
    });

    it('a running statement started at the time it was sent', async () => {
      fake.evaluate = () => ({ hang: true });
      const clock = new FakeClock({ start: 1_000 });
      const h = await ready({ clock });
      clock.advance(41_000);
      await h.engine.submit('sleep()');
      expect(h.engine.view.running?.startedAt).toBe(42_000);
      h.engine.interrupt();
      await until(() => expect(h.engine.view.running).toBeUndefined());
    });

    it('polls a statement to its end on the clock: after a tenth of the time it has run, from 2 ms up to 1 s', async () => {
      fake.evaluate = () => ({ output: text('done'), polls: 120 });
      const clock = new FakeClock();
      const h = await ready({ clock });
      await h.engine.submit('long()');
      await until(() => expect(h.output.at(-1)).toBe('done'));
      let ran = 0;
      for (const slept of clock.sleeps) {
        expect(slept, `after ${ran} ms`).toBe(statementPollDelay(ran));
        ran += slept;
      }
      expect(clock.sleeps.slice(0, 3)).toEqual([2, 2, 2]);
      expect(clock.sleeps.at(-1)).toBe(1000);
      expect(clock.now()).toBe(ran);
      expect(fake.requestsTo('GET', /^\/sessions\/0\/statements\/0$/)).toHaveLength(clock.sleeps.length + 1);
    });
  });
});
