import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { LivyHttpError, type LivyError } from '../../client/errors.js';
import type { LivyClient } from '../../client/livy-client.js';
import { logTail } from '../../client/log-tail.js';
import { SESSION_KINDS, type CreateSessionRequest, type SessionKind } from '../../client/requests.js';
import type { Session, SessionState } from '../../client/schemas.js';
import { isGone } from '../../client/session-gone.js';
import { waitForSession } from '../../client/session-waiter.js';
import { localTargetKind } from '../../local/local-target.js';
import { isLocalServerUrl } from '../../local/state.js';
import { applyRequestDefaults } from '../../profiles/request-defaults.js';
import type { OptionOccurrence } from '../../submit/parse-argv.js';
import { PROPERTIES_FILE_MAX_BYTES } from '../../submit/bounded-read.js';
import { readTextFileBounded } from '../../text/read-bounded.js';
import { translateSessionOptions } from '../../submit/session-options.js';
import type { CommandContext } from '../context.js';
import { formatDuration } from '../../text/duration.js';
import { CliError } from '../../errors/cli-error.js';
import { stageForSubmit, stagingSettingsFor } from '../commands/stage/submit-staging.js';
import type { SessionUpload } from '../../staging/session-uploads.js';
import { planUploads, uploadIntoSession } from './session-uploads.js';
import { CREATE_GRACE_AFTER_INTERRUPT_MS, createSessionByName, nameIsFree } from './create-session.js';
import { DELETE_DEADLINE_MS, deleteOwnSession, describeDeletion, URGENT_DELETE_DEADLINE_MS } from './delete-session.js';
import { outageTolerantSessions } from './outage-tolerant-sessions.js';
import { SessionReplacedError, SessionVanishedError } from './session-errors.js';
import { identityMismatch, identityOf, refineIdentity, uniqueSessionName, type SessionIdentity } from './session-identity.js';

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

/** spark-submit options → the body of `POST /sessions`, with warnings printed. */
function sessionCreateRequest(ctx: CommandContext, setup: SessionSetup): CreateSessionRequest {
  const localKind = localTargetKind(ctx.target().url, ctx.env);
  const { request, warnings } = translateSessionOptions(setup.options, {
    cwd: ctx.io.cwd,
    isLocalTarget: localKind !== undefined,
    localTargetOnYarn: localKind === 'yarn',
    // Local files are staged, or else uploaded into the session once it is up.
    stagesLocalFiles: true,
    readTextFile: (path) => readTextFileBounded(isAbsolute(path) ? path : resolve(ctx.io.cwd, path), PROPERTIES_FILE_MAX_BYTES),
    pathExists: (path) => existsSync(path),
  });
  for (const warning of warnings) ctx.out.warn(warning);
  const target = ctx.target();
  const kind = setup.kind ?? profileKind(target.defaultKind) ?? 'shared';
  // The profile's proxyUser and conf lie under what the command gives.
  return applyRequestDefaults({ kind, ...request, heartbeatTimeoutInSecond: setup.heartbeatSeconds }, target);
}

function profileKind(kind: string | undefined): SessionKind | undefined {
  return (SESSION_KINDS as readonly string[]).includes(kind ?? '') ? (kind as SessionKind) : undefined;
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
  const settings = stagingSettingsFor(ctx, {});
  const createRequest = sessionCreateRequest(ctx, setup);
  // Local files go to the stage dir (LIVY_STAGE_DIR or the profile's) before the session is created;
  // without one, into the session through Livy's upload endpoints once it is up (a `livy local`
  // server reads them where they are).
  const uploadLater = !settings.dir && !isLocalServerUrl(ctx.target().url, ctx.env);
  const later = uploadLater ? await planUploads(createRequest) : undefined;
  try {
    const request = later ? later.request : (await stageForSubmit(ctx, createRequest, settings, false)).request;
    return await createAndOpen(ctx, client, setup, events, request, later?.uploads ?? []);
  } finally {
    await later?.dispose();
  }
}

async function createAndOpen(
  ctx: CommandContext,
  client: LivyClient,
  setup: SessionSetup,
  events: SessionEvents,
  request: CreateSessionRequest,
  uploads: readonly SessionUpload[],
): Promise<OpenedSession> {
  const signal = events.signal ?? ctx.signal;
  // The name finds the session again if the reply to the POST is lost.
  const name = request.name ?? uniqueSessionName(setup.command ?? 'run');
  const nameWasFree = request.name === undefined || (await nameIsFree(client, name, signal));
  const session = await createSessionByName(
    client,
    { ...request, name },
    {
      interrupt: signal,
      stop: ctx.stopSignal,
      onAwaitingReply: () =>
        ctx.out.info(
          `interrupted: waiting up to ${formatDuration(CREATE_GRACE_AFTER_INTERRUPT_MS)} for the server to answer the session creation, to delete what it created (Ctrl-C again: stop now)`,
        ),
    },
    nameWasFree,
  );
  events.onCreated?.(session);
  const identity = identityOf(session);
  try {
    const opened = await waitUntilReady(ctx, client, session, identity, setup, events, true);
    await uploadIntoSession(ctx, client, opened.id, uploads, signal);
    return opened;
  } catch (error) {
    const outcome = await deleteOwnSession(client, identity, ctx.stopSignal.aborted ? URGENT_DELETE_DEADLINE_MS : DELETE_DEADLINE_MS);
    if (error instanceof CliError) {
      throw new CliError(`${error.message}; ${describeDeletion(session.id, outcome, 'it').text}`, error.kind, error.hint);
    }
    const deletion = describeDeletion(session.id, outcome);
    if (deletion.ok) ctx.out.info(deletion.text);
    else ctx.out.warn(deletion.text);
    throw error;
  }
}

async function attachSession(ctx: CommandContext, client: LivyClient, setup: SessionSetup, events: SessionEvents): Promise<OpenedSession> {
  const ref = /^\d+$/.test(setup.attach!) ? Number(setup.attach) : setup.attach!;
  const session = await readAttachedSession(client, ref, setup.attach!, events.signal ?? ctx.signal);
  return waitUntilReady(ctx, client, session, identityOf(session), setup, events, false);
}

/** `GET /sessions/{ref}` for `--session`; a missing session is told as `livy sessions get` tells it. */
async function readAttachedSession(client: LivyClient, ref: number | string, given: string, signal?: AbortSignal): Promise<Session> {
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

async function waitUntilReady(
  ctx: CommandContext,
  client: LivyClient,
  session: Session,
  identity: SessionIdentity,
  setup: SessionSetup,
  events: SessionEvents,
  created: boolean,
): Promise<OpenedSession> {
  const started = Date.now();
  const signal = events.signal ?? ctx.signal;
  const sessions = outageTolerantSessions(client.sessions, {
    toleranceMs: Math.min(setup.outageToleranceMs ?? DEFAULT_OUTAGE_TOLERANCE_MS, setup.startTimeoutMs),
    onOutage: events.onOutage,
    onRecovered: () => confirmIdentity(client, identity, signal),
  });
  const result = await waitForSession(sessions, session.id, {
    signal,
    timeoutMs: setup.startTimeoutMs,
    acceptBusy: !created,
    onState: (state, view) => events.onState?.(state, view, Date.now() - started),
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
async function sessionLogTail(client: LivyClient, id: number, lines: number): Promise<string[]> {
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
