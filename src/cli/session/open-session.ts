import { LivyHttpError, type LivyError } from '../../client/errors.js';
import type { LivyClient } from '../../client/livy-client.js';
import { logTail } from '../../client/log-tail.js';
import type { SessionKind } from '../../client/requests.js';
import type { Session, SessionState } from '../../client/schemas.js';
import { isGone } from '../../client/session-gone.js';
import { waitForSession } from '../../client/session-waiter.js';
import type { OptionOccurrence } from '../../submit/parse-argv.js';
import type { CommandContext } from '../context.js';
import { formatDuration } from '../../text/duration.js';
import { CliError } from '../../errors/cli-error.js';
import { outageTolerantSessions } from './outage-tolerant-sessions.js';
import { SessionReplacedError, SessionVanishedError } from './session-errors.js';
import { identityMismatch, identityOf, refineIdentity, type SessionIdentity } from './session-identity.js';

export const DEFAULT_START_TIMEOUT_MS = 10 * 60_000;
export const DEFAULT_HEARTBEAT_SECONDS = 300;
/** As long as a batch wait rides out an unreachable server. */
export const DEFAULT_OUTAGE_TOLERANCE_MS = 10 * 60_000;
/** Lines of the session log shown when it fails to start. */
const FAILURE_LOG_LINES = 40;

export interface SessionSetup {
  kind?: SessionKind;
  /** Attach to this session (id or name) instead of creating one. */
  attach?: string;
  /** spark-submit options for a new session, in command-line order. */
  options: readonly OptionOccurrence[];
  startTimeoutMs: number;
  heartbeatSeconds: number;
  /** How long the server may be unreachable before the command gives up (default 10 minutes). */
  outageToleranceMs?: number;
  /** The command, in the unique name a new session gets when the user gave none. */
  command?: 'run' | 'repl';
}

export interface SessionEvents {
  /** Aborts the start (default: the command's signal); a session created so far is deleted. */
  signal?: AbortSignal;
  onCreated?: (session: Session) => void;
  onState?: (state: SessionState, session: Session, elapsedMs: number) => void;
  /** The server stopped answering; the command keeps trying for the outage tolerance. */
  onOutage?: (error: LivyError, downForMs: number) => void;
}

/** A session this invocation works in. */
export interface OpenedSession {
  id: number;
  /** The session's kind (`shared` when Livy does not say). */
  kind: string;
  session: Session;
  /** True when this invocation created it (and so deletes it unless --keep). */
  created: boolean;
  /** What tells it apart from a session that later gets its id. */
  identity: SessionIdentity;
}

/**
 * Creates a session and waits until it is idle — or attaches to an existing one.
 * A session created here that fails, times out or is interrupted while starting is
 * deleted before this throws (and the error says whether the server confirmed it).
 */
export async function openSession(
  ctx: CommandContext,
  client: LivyClient,
  setup: SessionSetup,
  events: SessionEvents = {},
): Promise<OpenedSession> {
  if (setup.attach !== undefined) return attachSession(ctx, client, setup, events);
  // What creating a session needs (spark-submit translation, staging) loads only for that.
  const { openNewSession } = await import('./new-session.js');
  return openNewSession(ctx, client, setup, events);
}

async function attachSession(ctx: CommandContext, client: LivyClient, setup: SessionSetup, events: SessionEvents): Promise<OpenedSession> {
  const ref = /^\d+$/.test(setup.attach!) ? Number(setup.attach) : setup.attach!;
  const session = await readAttachedSession(client, ref, setup.attach!, events.signal ?? ctx.signal);
  return waitUntilReady(ctx, client, session, identityOf(session), setup, events, false);
}

/** `GET /sessions/{ref}` for `--session`; a missing session is told as `livy sessions get` tells it. */
export async function readAttachedSession(client: LivyClient, ref: number | string, given: string, signal?: AbortSignal): Promise<Session> {
  try {
    return await client.sessions.get(ref, { signal });
  } catch (error) {
    if (error instanceof LivyHttpError && error.status === 404) {
      // The same exit code and words as `livy sessions get`.
      throw new CliError(
        `not found on the server: ${error.serverMessage || `session '${given}'`}`,
        'not-found',
        "'livy sessions list' shows the sessions there are",
      );
    }
    throw error;
  }
}

/**
 * A session given with `--session` that already took a statement: the POST proved it exists and
 * accepts code, so there is nothing to wait for; its view is read once, for the identity checks.
 */
export async function attachedAfterSubmit(client: LivyClient, id: number, signal?: AbortSignal): Promise<OpenedSession> {
  const session = await client.sessions.get(id, { signal });
  return { id: session.id, kind: session.kind ?? 'shared', session, created: false, identity: identityOf(session) };
}

/** Waits for a session to be ready for code; `created` sessions must reach `idle`. */
export async function waitUntilReady(
  ctx: CommandContext,
  client: LivyClient,
  session: Session,
  identity: SessionIdentity,
  setup: SessionSetup,
  events: SessionEvents,
  created: boolean,
): Promise<OpenedSession> {
  const { clock } = ctx;
  const started = clock.now();
  const signal = events.signal ?? ctx.signal;
  const sessions = outageTolerantSessions(client.sessions, {
    toleranceMs: Math.min(setup.outageToleranceMs ?? DEFAULT_OUTAGE_TOLERANCE_MS, setup.startTimeoutMs),
    clock,
    onOutage: events.onOutage,
    onRecovered: () => confirmIdentity(client, identity, signal),
  });
  const result = await waitForSession(sessions, session.id, {
    signal,
    timeoutMs: setup.startTimeoutMs,
    acceptBusy: !created,
    clock,
    onState: (state, view) => events.onState?.(state, view, clock.now() - started),
  });
  const last = result.session ?? session;
  switch (result.outcome) {
    case 'ready':
      return { id: last.id, kind: last.kind ?? setup.kind ?? 'shared', session: last, created, identity: refineIdentity(identity, last) };
    case 'gone':
      throw new CliError(`session ${session.id} disappeared from the server while starting`, 'job-failed');
    case 'timeout':
      throw new CliError(
        `session ${session.id} did not become idle within ${formatDuration(setup.startTimeoutMs)} (still ${last.state})`,
        'timeout',
        created ? 'the cluster may be busy: try a longer --start-timeout, or fewer resources' : undefined,
      );
    case 'failed': {
      const tail = await sessionLogTail(client, session.id, FAILURE_LOG_LINES);
      throw new CliError(
        `session ${session.id} is ${last.state}${created ? ' instead of starting' : ''}${tail.length > 0 ? `; its log ends with:\n${tail.join('\n')}` : ''}`,
        'job-failed',
        'the log above usually says why (memory, queue, a bad --conf); `livy sessions logs ID` shows more while Livy keeps it',
      );
    }
  }
}

/**
 * After the server was unreachable: throws when the session is no longer there, or when its id
 * now holds another session (a restart without recovery reuses ids).
 */
export async function confirmIdentity(client: LivyClient, identity: SessionIdentity, signal?: AbortSignal): Promise<void> {
  let seen: Session;
  try {
    seen = await client.sessions.get(identity.id, { signal });
  } catch (error) {
    if (error instanceof LivyHttpError && error.status === 404) throw new SessionVanishedError(identity.id);
    throw error;
  }
  const what = identityMismatch(identity, seen);
  if (what) throw new SessionReplacedError(identity.id, what);
}

/** The last lines of a session's log, or nothing when the log cannot be read. */
export async function sessionLogTail(client: LivyClient, id: number, lines: number): Promise<string[]> {
  return logTail(client.sessions, id, lines).catch(() => []);
}

/**
 * Throws `SessionReplacedError` when the session's id now holds another session; any other
 * problem (gone, unreachable) is left to the next request to report.
 */
export async function assertNotReplaced(client: LivyClient, identity: SessionIdentity, signal?: AbortSignal): Promise<void> {
  await confirmIdentity(client, identity, signal).catch((error: unknown) => {
    if (error instanceof SessionReplacedError) throw error;
  });
}

/**
 * Keeps a session's heartbeat alive (`heartbeatTimeoutInSecond`) by reading it now and then,
 * and reports when it is gone or dead. Returns a stop function.
 */
export function keepAlive(
  client: LivyClient,
  identity: SessionIdentity,
  heartbeatSeconds: number,
  onLost: (reason: string) => void,
): () => void {
  const id = identity.id;
  const everyMs = Math.max(1000, Math.min(30_000, (heartbeatSeconds * 1000) / 3));
  let stopped = false;
  const timer = setInterval(() => {
    void client.sessions.get(id).then(
      (session) => {
        const replaced = identityMismatch(identity, session);
        if (!stopped && replaced) onLost(`session ${id} was replaced after a server restart (${replaced})`);
        else if (!stopped && isGone(session.state)) {
          onLost(`session ${id} is ${session.state}`);
        }
      },
      (error: unknown) => {
        if (!stopped && error instanceof LivyHttpError && error.status === 404) onLost(`session ${id} no longer exists on the server`);
      },
    );
  }, everyMs);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
