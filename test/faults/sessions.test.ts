// Faults around interactive sessions, against the built binary and a fake Livy on 127.0.0.1:
// signals at bad moments, stuck cancels, outages, restarts with id reuse, lost replies.
// Each case is bounded by its test timeout; nothing asserts how long anything took.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { spawnLivy, type Exit, type LivyProcess } from './support/session-cli.js';
import { SessionFaultsServer } from './support/session-faults-server.js';

const CASE_TIMEOUT = 40_000;

describe('livy run never leaks a session', () => {
  let fake: SessionFaultsServer;
  beforeEach(async () => {
    fake = await new SessionFaultsServer().start();
  });
  afterEach(async () => {
    await fake.stop();
  });

  const run = (...args: string[]): LivyProcess => spawnLivy(['run', '--kind', 'pyspark', ...args], fake.url);
  /** Resolves once the statement from `-e sleep` is running on the fake. */
  const statementRunning = () =>
    vi.waitFor(() => expect(fake.requestsTo('GET', /^\/sessions\/\d+\/statements\/\d+$/).length).toBeGreaterThan(0), {
      timeout: 15_000,
      interval: 50,
    });
  /** Exit 130, the deletion reported, and (the proof) no session left on the server. */
  const expectDeletedAfterInterrupt = (exit: Exit): void => {
    expect(exit.code).toBe(130);
    expect(exit.stderr).toContain('session 0 was deleted');
    expect(fake.sessions.size).toBe(0);
  };
  /**
   * Once the statement runs, sends `signals` in turn — each after the one before took effect
   * (a Ctrl-C has sent its cancel) — and resolves with how the process ended.
   */
  const signalDuringStatement = async (livy: LivyProcess, ...signals: NodeJS.Signals[]): Promise<Exit> => {
    await statementRunning();
    for (const [index, name] of signals.entries()) {
      if (index > 0)
        await vi.waitFor(() => expect(fake.requestsTo('POST', /\/cancel$/).length).toBeGreaterThan(0), { timeout: 5000, interval: 50 });
      livy.signal(name);
    }
    return livy.exited;
  };

  it(
    'Ctrl-C cancels the running statement, then deletes the session (exit 130)',
    async () => {
      const exit = await signalDuringStatement(run('-e', 'sleep'), 'SIGINT');
      expect(exit.code).toBe(130);
      expect(exit.stderr).toContain('statement 0 cancelled');
      expect(exit.stderr).toContain('session 0 was deleted');
      expect(fake.sessions.size).toBe(0);
    },
    CASE_TIMEOUT,
  );

  it(
    'a cancel that never takes effect: the session is deleted after the bounded wait',
    async () => {
      fake.cancel = 'ignored';
      const exit = await signalDuringStatement(run('-e', 'sleep'), 'SIGINT');
      expect(exit.code).toBe(130);
      expect(exit.stderr).toMatch(/statement 0 did not stop within 10s of the cancel/);
      expect(exit.stderr).toContain('session 0 was deleted');
      expect(fake.sessions.size).toBe(0);
    },
    CASE_TIMEOUT,
  );

  it(
    'a second Ctrl-C stops waiting for the cancel and deletes the busy session',
    async () => {
      fake.cancel = 'ignored';
      const exit = await signalDuringStatement(run('-e', 'sleep'), 'SIGINT', 'SIGINT');
      expect(exit.code).toBe(130);
      expect(exit.stderr).not.toContain('did not stop within');
      expect(exit.stderr).toContain('session 0 was deleted');
      expect(fake.sessions.size).toBe(0);
    },
    CASE_TIMEOUT,
  );

  it(
    'SIGTERM while a cancel request hangs: the session is deleted',
    async () => {
      fake.cancel = 'hangs';
      const exit = await signalDuringStatement(run('-e', 'sleep'), 'SIGINT', 'SIGTERM');
      expectDeletedAfterInterrupt(exit);
    },
    CASE_TIMEOUT,
  );

  it(
    'SIGTERM during a statement deletes the session without cancelling first',
    async () => {
      const exit = await signalDuringStatement(run('-e', 'sleep'), 'SIGTERM');
      expect(exit.code).toBe(130);
      expect(fake.requestsTo('POST', /\/cancel$/)).toHaveLength(0);
      expect(fake.requestsTo('DELETE', /^\/sessions\/0$/)).toHaveLength(1);
      expect(fake.sessions.size).toBe(0);
    },
    CASE_TIMEOUT,
  );

  it(
    'SIGHUP (the terminal closed) during a statement deletes the session',
    async () => {
      const exit = await signalDuringStatement(run('-e', 'sleep'), 'SIGHUP');
      expect(exit.signal).toBeNull();
      expect(exit.code).toBe(130);
      expect(fake.sessions.size).toBe(0);
    },
    CASE_TIMEOUT,
  );

  it(
    'SIGTERM while the session starts deletes it',
    async () => {
      fake.onRequest = (request) => {
        // Keep the session starting: it never becomes idle.
        if (request.method === 'GET') for (const s of fake.sessions.values()) s.pollsToIdle = 1000;
      };
      const livy = run('-e', '1+1');
      await vi.waitFor(() => expect(fake.requestsTo('GET', /^\/sessions\/0$/).length).toBeGreaterThan(1), {
        timeout: 15_000,
        interval: 50,
      });
      livy.signal('SIGTERM');
      const exit = await livy.exited;
      expectDeletedAfterInterrupt(exit);
    },
    CASE_TIMEOUT,
  );

  it(
    'an outage during a statement is ridden out: the statement finishes and the session is deleted',
    async () => {
      let polls = 0;
      fake.onRequest = (request) => {
        if (request.method === 'GET' && /statements\/0$/.test(request.path) && ++polls === 1) {
          fake.down = true;
          setTimeout(() => (fake.down = false), 10_000);
        }
      };
      const exit = await run('-e', 'x = 1').exited;
      expect(fake.requestsTo('GET', /statements\/0$/).length).toBeGreaterThan(2);
      expect(exit.code).toBe(0);
      expect(exit.stdout).toBe('ran: x = 1\n');
      expect(exit.stderr).toMatch(/Livy is not answering/);
      expect(fake.sessions.size).toBe(0);
    },
    CASE_TIMEOUT,
  );

  it(
    'an outage that outlasts --timeout: exit 4, and the session it could not delete is named',
    async () => {
      fake.onRequest = (request) => {
        if (request.method === 'GET' && /statements\/0$/.test(request.path)) fake.down = true;
      };
      const exit = await run('--timeout', '3s', '-e', 'sleep').exited;
      expect(exit.code).toBe(4);
      expect(exit.stderr).toContain('--timeout ran out');
      expect(exit.stderr).toContain('could not delete session 0');
      expect(exit.stderr).toContain("'livy sessions kill 0' deletes it");
      expect(fake.sessions.has(0)).toBe(true);
    },
    CASE_TIMEOUT + 30_000,
  ); // the deletion is tried for its whole 30 s bound

  it(
    'a restart that gives our id to someone else: exit 3, and the newcomer is neither reported nor deleted',
    async () => {
      fake.onRequest = (request) => {
        if (request.method === 'GET' && /statements\/0$/.test(request.path) && !fake.down && fake.sessions.get(0)?.name !== 'other-user') {
          fake.down = true;
          setTimeout(() => {
            fake.restart();
            fake.addSession('other-user');
            fake.down = false;
          }, 1500);
        }
      };
      const exit = await run('-e', 'sleep').exited;
      expect(exit.code).toBe(3);
      expect(exit.stderr).toContain('session 0 was replaced after a server restart');
      expect(fake.requestsTo('DELETE', /.*/)).toHaveLength(0);
      expect(fake.sessions.get(0)?.name).toBe('other-user');
    },
    CASE_TIMEOUT,
  );

  it(
    'a lost POST /sessions reply: the session is found by the name the CLI gave it, used and deleted',
    async () => {
      fake.create = 'drops-reply';
      const exit = await run('-e', '1+1').exited;
      expect(exit.code).toBe(0);
      expect(exit.stdout).toBe('ran: 1+1\n');
      const name = JSON.parse(fake.requestsTo('POST', /^\/sessions$/)[0]!.body).name as string;
      expect(name).toMatch(/^livy-run-[0-9a-f]{12}$/);
      expect(fake.requestsTo('GET', new RegExp(`^/sessions/${name}$`))).toHaveLength(1);
      expect(fake.requestsTo('POST', /^\/sessions$/)).toHaveLength(1);
      expect(fake.sessions.size).toBe(0);
    },
    CASE_TIMEOUT,
  );

  it(
    'a lost POST /sessions reply that cannot be looked up: exit 3, says the outcome is unknown and what to check',
    async () => {
      fake.create = 'drops-reply-then-down';
      const exit = await run('-e', '1+1').exited;
      expect(exit.code).toBe(3);
      expect(exit.stderr).toContain('the server did not confirm creating the session');
      expect(exit.stderr).toContain("'livy sessions list' shows whether it does");
      expect(exit.stderr).not.toMatch(/deleted|cannot reach Livy/);
    },
    CASE_TIMEOUT,
  );

  it(
    'a user --name that a session already had: a lost reply never adopts that older session',
    async () => {
      const older = fake.addSession('nightly');
      fake.allowDuplicateNames = true;
      fake.create = 'drops-reply';
      const exit = await run('--name', 'nightly', '-e', '1+1').exited;
      expect(exit.code).toBe(3);
      expect(exit.stderr).toContain("a session named 'nightly' may exist");
      expect(exit.stderr).not.toContain('livy sessions kill nightly');
      expect(fake.requestsTo('POST', /statements$/)).toHaveLength(0);
      expect(fake.requestsTo('DELETE', /.*/)).toHaveLength(0);
      expect(fake.sessions.get(older.id)?.state).toBe('idle');
    },
    CASE_TIMEOUT,
  );

  it(
    'SIGTERM while POST /sessions hangs: the session it created is found by name and deleted',
    async () => {
      fake.create = 'hangs';
      const livy = run('-e', '1+1');
      await vi.waitFor(() => expect(fake.sessions.size).toBe(1), { timeout: 15_000, interval: 50 });
      livy.signal('SIGTERM');
      const exit = await livy.exited;
      expectDeletedAfterInterrupt(exit);
    },
    CASE_TIMEOUT,
  );

  it(
    'Ctrl-C while POST /sessions hangs says it awaits the reply; a second one finds the session by name and deletes it',
    async () => {
      fake.create = 'hangs';
      const livy = run('-e', '1+1');
      await vi.waitFor(() => expect(fake.sessions.size).toBe(1), { timeout: 15_000, interval: 50 });
      livy.signal('SIGINT');
      await vi.waitFor(() => expect(livy.output().stderr).toContain('waiting up to 10s for the server to answer'), {
        timeout: 5000,
        interval: 50,
      });
      livy.signal('SIGINT');
      const exit = await livy.exited;
      expectDeletedAfterInterrupt(exit);
    },
    CASE_TIMEOUT,
  );

  it(
    'a DELETE the server refuses is not reported as done: exit 3 naming the session',
    async () => {
      fake.deleteStatus = 500;
      const exit = await run('-e', '1+1').exited;
      expect(exit.code).toBe(3);
      expect(exit.stderr).toContain('could not delete session 0');
      expect(exit.stderr).not.toContain('was deleted');
      expect(fake.sessions.has(0)).toBe(true);
    },
    CASE_TIMEOUT,
  );

  it(
    'an attached session (--session) is never deleted, even on a double Ctrl-C',
    async () => {
      fake.addSession('shared-nb');
      fake.cancel = 'ignored';
      const exit = await signalDuringStatement(
        spawnLivy(['run', '--session', 'shared-nb', '--kind', 'pyspark', '-e', 'sleep'], fake.url),
        'SIGINT',
        'SIGINT',
      );
      expect(exit.code).toBe(130);
      expect(exit.stderr).toContain('session 0 left running');
      expect(fake.requestsTo('DELETE', /.*/)).toHaveLength(0);
    },
    CASE_TIMEOUT,
  );
});
