// The pieces `livy run` and `livy repl` use to never leak or misreport a session, against an
// in-process fake Livy (client retries off, so each fault reaches the piece under test).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LivyHttpError } from '../../../src/client/errors.js';
import { LivyClient } from '../../../src/client/livy-client.js';
import { createSessionByName } from '../../../src/cli/session/create-session.js';
import { deleteOwnSession, describeDeletion } from '../../../src/cli/session/delete-session.js';
import { outageTolerantSessions } from '../../../src/cli/session/outage-tolerant-sessions.js';
import { SessionOutcomeUnknownError, SessionReplacedError } from '../../../src/cli/session/session-errors.js';
import { FakeLivy, type FakeReply } from '../../support/fake-livy.js';
import { FakeClock } from '../../support/fake-clock.js';
import { confirmIdentity } from '../../../src/cli/session/open-session.js';

const sessionView = (id: number, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  name,
  appId: null,
  owner: null,
  proxyUser: null,
  state: 'idle',
  kind: 'pyspark',
  appInfo: null,
  log: [],
  ...extra,
});
const statementView = (id: number, state: string) => ({ id, code: 'x', state, output: null, progress: 0 });

/** Answers the given replies in turn, then the last one for ever. */
function inTurn(...replies: FakeReply[]): () => FakeReply {
  let next = 0;
  return () => replies[Math.min(next++, replies.length - 1)]!;
}

const notSignalled = { interrupt: new AbortController().signal, stop: new AbortController().signal };

describe('session recovery pieces', () => {
  let fake: FakeLivy;
  let client: LivyClient;
  beforeEach(async () => {
    fake = await new FakeLivy().start();
    client = new LivyClient({ url: fake.url, retry: { retries: 0, baseMs: 1, maxMs: 1 } });
  });
  afterEach(async () => {
    await client.close();
    await fake.stop();
  });

  describe('outageTolerantSessions', () => {
    it('rides out 503s and dropped connections, then checks the session before using the answer', async () => {
      fake.on(
        'GET',
        '/sessions/1/statements/0',
        inTurn({ status: 503, json: { msg: 'down' } }, { destroy: true }, { json: statementView(0, 'running') }),
      );
      const outages: number[] = [];
      let recovered = 0;
      const sessions = outageTolerantSessions(client.sessions, {
        toleranceMs: 60_000,
        clock: new FakeClock(),
        onOutage: (_error, downFor) => outages.push(downFor),
        onRecovered: async () => void recovered++,
      });
      const statement = await sessions.getStatement(1, 0);
      expect(statement.state).toBe('running');
      expect(outages).toHaveLength(2);
      expect(recovered).toBe(1);
    });

    it('lets the outage through once the tolerance is spent', async () => {
      fake.on('GET', '/sessions/1', { status: 502, json: { msg: 'bad gateway' } });
      const clock = new FakeClock();
      const sessions = outageTolerantSessions(client.sessions, { toleranceMs: 30_000, clock });
      await expect(sessions.get(1)).rejects.toMatchObject({ status: 502 });
      expect(fake.requests.length).toBeGreaterThan(1);
      expect(clock.now()).toBe(30_000);
    });

    it('does not retry what is not an outage', async () => {
      fake.on('GET', '/sessions/1', { status: 400, json: { msg: 'bad' } });
      const sessions = outageTolerantSessions(client.sessions, { toleranceMs: 60_000, clock: new FakeClock() });
      await expect(sessions.get(1)).rejects.toBeInstanceOf(LivyHttpError);
      expect(fake.requests).toHaveLength(1);
    });

    it('never retries a statement submission', async () => {
      fake.on('POST', '/sessions/1/statements', { destroy: true });
      const sessions = outageTolerantSessions(client.sessions, { toleranceMs: 60_000, clock: new FakeClock() });
      await expect(sessions.submitStatement(1, { code: 'x' })).rejects.toThrow();
      expect(fake.requests).toHaveLength(1);
    });
  });

  describe('confirmIdentity', () => {
    it('tells a session that took our id after a restart by its name', async () => {
      fake.on('GET', '/sessions/0', { json: sessionView(0, 'someone-else') });
      await expect(confirmIdentity(client, { id: 0, name: 'livy-run-abc' })).rejects.toBeInstanceOf(SessionReplacedError);
    });

    it('tells it by its application id when the names match', async () => {
      fake.on('GET', '/sessions/0', { json: sessionView(0, 'nightly', { appId: 'app-2' }) });
      await expect(confirmIdentity(client, { id: 0, name: 'nightly', appId: 'app-1' })).rejects.toThrow(/application is now app-2/);
    });
  });

  describe('deleteOwnSession', () => {
    it('deletes a session that is still ours: deleted only once the server said so', async () => {
      fake.on('GET', '/sessions/4', { json: sessionView(4, 'livy-run-abc') });
      fake.on('DELETE', '/sessions/4', { json: { msg: 'deleted' } });
      expect(await deleteOwnSession(client, { id: 4, name: 'livy-run-abc' })).toEqual({ kind: 'deleted' });
    });

    it('leaves a session that took our id alone', async () => {
      fake.on('GET', '/sessions/4', { json: sessionView(4, 'other') });
      const outcome = await deleteOwnSession(client, { id: 4, name: 'livy-run-abc' });
      expect(outcome.kind).toBe('replaced');
      expect(fake.requests.filter((r) => r.method === 'DELETE')).toHaveLength(0);
    });

    it('retries through an outage until the deadline, then says it failed and how to delete', async () => {
      fake.on('GET', '/sessions/4', { destroy: true });
      const outcome = await deleteOwnSession(client, { id: 4, name: 'n' }, 800);
      expect(outcome.kind).toBe('failed');
      expect(fake.requests.length).toBeGreaterThan(1);
      expect(describeDeletion(4, outcome)).toMatchObject({ ok: false, text: expect.stringContaining("'livy sessions kill 4' deletes it") });
    });

    it('a DELETE not answered in time while the session shuts down is reported as under way', async () => {
      fake.on('GET', '/sessions/4', inTurn({ json: sessionView(4, 'n') }, { json: sessionView(4, 'n', { state: 'shutting_down' }) }));
      fake.on('DELETE', '/sessions/4', () => new Promise<FakeReply>(() => {}));
      const outcome = await deleteOwnSession(client, { id: 4, name: 'n' }, 500);
      expect(outcome).toEqual({ kind: 'stopping', state: 'shutting_down' });
      expect(describeDeletion(4, outcome).text).toBe('session 4 is being deleted (the server is stopping it: shutting_down)');
    });

    it('a refused DELETE is a failure, not a deletion', async () => {
      fake.on('GET', '/sessions/4', { json: sessionView(4, 'n') });
      fake.on('DELETE', '/sessions/4', { status: 500, json: { msg: 'internal error' } });
      expect((await deleteOwnSession(client, { id: 4, name: 'n' })).kind).toBe('failed');
    });

    it('a session gone after our unanswered DELETE counts as deleted; gone before, as gone', async () => {
      fake.on('GET', '/sessions/4', inTurn({ json: sessionView(4, 'n') }, { status: 404, json: { msg: "Session '4' not found." } }));
      fake.on('DELETE', '/sessions/4', { destroy: true });
      expect(await deleteOwnSession(client, { id: 4, name: 'n' })).toEqual({ kind: 'deleted' });
      fake.on('GET', '/sessions/5', { status: 404, json: { msg: "Session '5' not found." } });
      expect(await deleteOwnSession(client, { id: 5, name: 'm' })).toEqual({ kind: 'gone' });
    });
  });

  describe('createSessionByName', () => {
    const request = { kind: 'pyspark' as const, name: 'livy-run-abc' };

    it('a gateway error after the session was created: found by its name and used', async () => {
      fake.on('POST', '/sessions', { status: 504, json: { msg: 'gateway timeout' } });
      fake.on('GET', '/sessions/livy-run-abc', { json: sessionView(7, 'livy-run-abc') });
      expect((await createSessionByName(client, request, notSignalled, true)).id).toBe(7);
    });

    it('a gateway error and no session of that name: the error stands (nothing was created)', async () => {
      fake.on('POST', '/sessions', { status: 502, json: { msg: 'bad gateway' } });
      fake.on('GET', '/sessions/livy-run-abc', { status: 404, json: { msg: 'not found' } });
      await expect(createSessionByName(client, request, notSignalled, true)).rejects.toMatchObject({ status: 502 });
    });

    it('a dropped connection and no session found yet: the outcome is unknown, and said so', async () => {
      fake.on('POST', '/sessions', { destroy: true });
      fake.on('GET', '/sessions/livy-run-abc', { status: 404, json: { msg: 'not found' } });
      const error = await createSessionByName(client, request, notSignalled, true).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SessionOutcomeUnknownError);
      expect((error as SessionOutcomeUnknownError).hint).toContain('livy sessions list');
    });

    it('a reply that is not a session, with a name that was taken before: never adopts', async () => {
      fake.on('POST', '/sessions', { status: 201, body: '<html>proxy</html>', contentType: 'text/html' });
      fake.on('GET', '/sessions/livy-run-abc', { json: sessionView(3, 'livy-run-abc') });
      await expect(createSessionByName(client, request, notSignalled, false)).rejects.toBeInstanceOf(SessionOutcomeUnknownError);
      expect(fake.requests.filter((r) => r.method === 'GET')).toHaveLength(0);
    });

    it('a refusal (400) is final: no lookup', async () => {
      fake.on('POST', '/sessions', { status: 400, json: { msg: 'requirement failed: bad conf' } });
      await expect(createSessionByName(client, request, notSignalled, true)).rejects.toMatchObject({ status: 400 });
      expect(fake.requests).toHaveLength(1);
    });
  });
});
