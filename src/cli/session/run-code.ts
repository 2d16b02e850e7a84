import { tmpdir } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import { LivyHttpError, type LivyError } from '../../client/errors.js';
import type { LivyClient, SessionsApi } from '../../client/livy-client.js';
import type { StatementKind } from '../../client/requests.js';
import type { Statement } from '../../client/schemas.js';
import { isGone } from '../../client/session-gone.js';
import { followStatement, runStatement } from '../../client/statement-runner.js';
import { imageSaver } from '../../repl/images.js';
import { kindFromFileName, languageOf } from '../../repl/kinds.js';
import { renderStatementOutput } from '../../repl/render-output.js';
import { splitOnSeparators } from '../../repl/split-code.js';
import type { CommandContext } from '../context.js';
import { formatDuration } from '../../text/duration.js';
import { CliError, InterruptedError, UsageError } from '../../errors/cli-error.js';
import { ExitCode, type ExitCodeValue } from '../../errors/exit-codes.js';
import { InputTooLargeError, readTextFileBounded, readTextStreamBounded } from '../../text/read-bounded.js';
import { createStatusLine, type StatusLine } from '../status-line.js';
import { CANCEL_WAIT_MS, CancelStuck, CancelWait, DeadlineReached, StatementDeadline } from './statement-limits.js';
import { DELETE_DEADLINE_MS, deleteOwnSession, describeDeletion, URGENT_DELETE_DEADLINE_MS } from './delete-session.js';
import {
  assertNotReplaced,
  attachedAfterSubmit,
  confirmIdentity,
  DEFAULT_OUTAGE_TOLERANCE_MS,
  keepAlive,
  openSession,
  type OpenedSession,
  type SessionSetup,
} from './open-session.js';
import { outageTolerantSessions } from './outage-tolerant-sessions.js';
import { SessionDeadlineError } from './session-errors.js';

/** One piece of code to run, and where it came from (for messages). */
export interface CodeUnit {
  code: string;
  source: string;
}

export interface RunCodeOptions {
  setup: SessionSetup;
  /** The statement kind asked for (`--kind`, or guessed from a file name). */
  statementKind?: StatementKind;
  units: CodeUnit[];
  keep: boolean;
  keepGoing: boolean;
  imageDir?: string;
  /** `--timeout`: every statement must have finished within this long of the start. */
  timeoutMs?: number;
}

/** One entry of `livy run --output json`. */
export interface StatementReport {
  session: number;
  statement: number;
  source: string;
  code: string;
  state: Statement['state'];
  status: 'ok' | 'error' | 'cancelled';
  output: Statement['output'] | null;
  elapsedMs: number;
}

/** Reads what `livy run` was given: `-e` snippets, a file, or stdin (`-`). */
export async function collectCode(
  ctx: CommandContext,
  snippets: readonly string[],
  operand: string | undefined,
  split: boolean,
  kind: string | undefined,
): Promise<CodeUnit[]> {
  if (snippets.length > 0 && operand !== undefined) {
    throw new UsageError('give code either with -e or as a FILE/-, not both');
  }
  if (snippets.length > 0) return snippets.map((code, i) => ({ code, source: `-e #${i + 1}` }));
  let text: string;
  let source: string;
  if (operand === undefined || operand === '-') {
    if (operand === undefined && ctx.io.stdin.isTTY) {
      throw new UsageError('no code to run', "give -e CODE, a FILE, or pipe code in (e.g. echo '1+1' | livy run --kind pyspark)");
    }
    text = await readCode(() => readTextStreamBounded(ctx.io.stdin, MAX_CODE_BYTES), 'standard input');
    source = 'stdin';
  } else {
    const path = isAbsolute(operand) ? operand : resolve(ctx.io.cwd, operand);
    text = await readCode(async () => readTextFileBounded(path, MAX_CODE_BYTES), operand);
    source = operand;
  }
  const language = languageOf(kind ?? (operand ? (kindFromFileName(operand) ?? '') : ''));
  const cells = split ? splitOnSeparators(text, language) : text.trim() === '' ? [] : [text.trimEnd()];
  if (cells.length === 0) throw new UsageError(`${source} has no code to run`);
  return cells.map((code, i) => ({ code, source: cells.length === 1 ? source : `${source} cell ${i + 1}` }));
}

/** The most code `livy run` reads from a file or stdin: far beyond any script, short of exhausting memory. */
const MAX_CODE_BYTES = 16 * 1024 * 1024;

async function readCode(read: () => Promise<string>, source: string): Promise<string> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof InputTooLargeError) {
      throw new UsageError(`${source} is ${error.message}: that is not code to run`);
    }
    throw new UsageError(`cannot read ${source}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/**
 * `livy run`: opens (or attaches to) a session, runs each unit as one statement, prints
 * outputs as they come, and deletes the session it created unless `--keep` — also when
 * interrupted, stopped or cut off by an outage, and says so only when the server confirmed it.
 */
export async function runCode(ctx: CommandContext, client: LivyClient, options: RunCodeOptions): Promise<ExitCodeValue> {
  const { out, clock } = ctx;
  const status = await createStatusLine(out, 'starting a session');
  let opened: OpenedSession | undefined;
  let stopKeepAlive = (): void => {};
  const reports: StatementReport[] = [];
  let exitCode: ExitCodeValue = ExitCode.Ok;
  let deadline: StatementDeadline | undefined;
  let createdId: number | undefined;
  let firstSubmitted: PreSubmitted | undefined;
  // A second Ctrl-C now means "stop and clean up", not "leave at once"; a third one does leave.
  const releaseExit = ctx.holdExit(() => {
    if (createdId !== undefined && !options.keep)
      out.warn(`session ${createdId} may still be running: 'livy sessions kill ${createdId}' deletes it`);
  });
  const outageTolerance = Math.min(options.setup.outageToleranceMs ?? DEFAULT_OUTAGE_TOLERANCE_MS, options.timeoutMs ?? Infinity);
  const onOutage = (error: LivyError, downForMs: number): void => {
    const text = `Livy is not answering (${error.message}); retrying for ${formatDuration(downForMs)} so far`;
    if (downForMs === 0) status.note(out.style.yellow(text));
    status.set(text);
  };
  let sessionReady: Promise<OpenedSession> | undefined;
  let keepAliveEnded = false;
  try {
    const startedAt = clock.now();
    // `--session ID`: the first statement goes out at once; only when the server refuses it
    // (missing, still starting, a shared session without a kind) does the slower path find out why.
    const attachedId =
      options.setup.attach !== undefined && /^\d{1,10}$/.test(options.setup.attach) ? Number(options.setup.attach) : undefined;
    if (attachedId !== undefined && options.units.length > 0) {
      deadline = new StatementDeadline(options.timeoutMs, clock);
      const started = clock.now();
      const submitted = await submitToAttached(ctx, client, attachedId, options.units[0]!, options.statementKind);
      if (submitted) {
        // The POST proved the session exists and takes code: its view (for the identity checks)
        // is read while the statement is first looked at, not before.
        sessionReady = attachedAfterSubmit(client, attachedId, ctx.stopSignal).then(
          (view) => (opened = view),
          (error: unknown) => {
            throw error instanceof LivyHttpError && isGone(error) ? sessionUnusable(attachedId, error) : error;
          },
        );
        // Awaited where it is needed; this keeps a failure from being reported as unhandled meanwhile.
        sessionReady.catch(() => undefined);
        firstSubmitted = { statement: submitted, started };
      }
    }
    if (!sessionReady) {
      opened = await openSession(
        ctx,
        client,
        { ...options.setup, outageToleranceMs: outageTolerance },
        {
          onCreated: (session) => {
            createdId = session.id;
            status.note(out.style.dim(`session ${session.id} created (${session.kind ?? options.setup.kind}); waiting for it to start`));
          },
          onState: (state, session) => {
            status.set(`session ${session.id} ${state} ${formatDuration(clock.now() - startedAt)}`);
            if (state !== 'idle') out.debug(`session ${session.id} is ${state}`);
          },
          onOutage,
        },
      );
      if (opened.created) out.verbose(`session ${opened.id} is idle after ${formatDuration(clock.now() - startedAt)}`);
      sessionReady = Promise.resolve(opened);
    }
    const ready = sessionReady;
    const sessionId = opened?.id ?? attachedId!;
    if (!firstSubmitted) {
      // One started for a first statement the session refused starts over, now that it is ready.
      deadline?.clear();
      deadline = new StatementDeadline(options.timeoutMs, clock);
    }
    const statementDeadline = deadline!;
    let lost: string | undefined;
    void ready.then(
      (session) => {
        if (!keepAliveEnded)
          stopKeepAlive = keepAlive(client, session.identity, options.setup.heartbeatSeconds, (reason) => (lost = reason));
      },
      () => undefined,
    );
    const statementKind = options.statementKind;
    if (!statementKind && opened?.kind === 'shared' && !firstSubmitted) {
      throw new UsageError(`session ${sessionId} is a shared session: say which language the code is in with --kind`);
    }
    const saveImage = imageSaver(options.imageDir ?? tmpdir(), sessionId);
    const renderWidth = out.stdout.isTTY ? (out.stdout.columns ?? 120) : 200;
    const sessions = outageTolerantSessions(client.sessions, {
      toleranceMs: outageTolerance,
      clock,
      onOutage,
      onRecovered: async () => {
        await confirmIdentity(client, (await ready).identity);
        status.note(out.style.green('Livy is answering again'));
      },
    });
    const session: SessionInUse = { id: sessionId, ready };

    for (const unit of options.units) {
      if (ctx.signal.aborted) throw ctx.signal.reason;
      const presubmitted = firstSubmitted;
      firstSubmitted = undefined;
      const report = await runUnit(
        ctx,
        client,
        sessions,
        session,
        unit,
        statementKind,
        status,
        () => lost,
        statementDeadline,
        presubmitted,
      );
      reports.push(report);
      if (report.status === 'cancelled') {
        exitCode = ExitCode.Interrupted;
        break;
      }
      if (!out.json) {
        const rendered = renderStatementOutput(report.output, {
          style: report.status === 'error' ? out.style : out.dataStyle,
          width: renderWidth,
          saveImage,
        });
        if (rendered.isError) status.write('stderr', `${rendered.text}\n`);
        else if (rendered.text !== '') status.write('stdout', `${rendered.text}\n`);
      } else if (report.output?.status === 'ok' && 'image/png' in report.output.data) {
        renderStatementOutput(report.output, { style: out.style, saveImage });
      }
      if (report.status === 'error') {
        exitCode = ExitCode.JobFailed;
        if (!options.keepGoing) {
          if (options.units.length > 1 && reports.length < options.units.length) {
            out.info(out.style.dim(`stopped at the first error (${unit.source}); --keep-going runs the rest anyway`));
          }
          break;
        }
      }
    }
  } catch (error) {
    if (error instanceof InterruptedError && reports.length > 0) exitCode = ExitCode.Interrupted;
    else throw error; // reported as the one JSON document by the caller
  } finally {
    deadline?.clear();
    status.stop();
    keepAliveEnded = true;
    stopKeepAlive();
    // An attached session's view may still be on its way (when the first statement failed early).
    if (!opened) await sessionReady?.catch(() => undefined);
    if (opened) exitCode = await finish(ctx, client, opened, options.keep, exitCode);
    releaseExit();
  }
  if (out.json) out.printJson(reports);
  return exitCode;
}

/**
 * Deletes the session this command created (unless --keep), and says what became of it.
 * Returns the exit code, which turns from 0 to 3 when a session may have been left running.
 */
async function finish(
  ctx: CommandContext,
  client: LivyClient,
  opened: OpenedSession,
  keep: boolean,
  exitCode: ExitCodeValue,
): Promise<ExitCodeValue> {
  const { out } = ctx;
  const interrupted = ctx.signal.aborted;
  if (!opened.created) {
    if (interrupted) out.info(`session ${opened.id} left running (it was given with --session)`);
    return exitCode;
  }
  if (keep) {
    out.info(`session ${opened.id} kept: 'livy run --session ${opened.id} …' reuses it, 'livy sessions kill ${opened.id}' deletes it`);
    return exitCode;
  }
  if (interrupted) out.info(out.style.yellow(`deleting session ${opened.id}`));
  const outcome = await deleteOwnSession(client, opened.identity, ctx.stopSignal.aborted ? URGENT_DELETE_DEADLINE_MS : DELETE_DEADLINE_MS);
  const deletion = describeDeletion(opened.id, outcome);
  if (!deletion.ok) {
    out.warn(deletion.text);
    return exitCode === ExitCode.Ok ? ExitCode.Server : exitCode;
  }
  if (interrupted || outcome.kind === 'replaced') out.info(deletion.text);
  else out.verbose(deletion.text);
  return exitCode;
}

function sessionUnusable(id: number, error: LivyHttpError, lost?: string): CliError {
  return new CliError(
    `${lost ?? `session ${id} is no longer usable (${error.serverMessage || `HTTP ${error.status}`})`}: it died, expired or was deleted`,
    'job-failed',
    'run again to start a new session; anything defined in the old one is lost',
  );
}

/** The session the statements run in: its id at once, its view (for the identity checks) once read. */
interface SessionInUse {
  id: number;
  ready: Promise<OpenedSession>;
}

/** `sessions`, calling `onRead` as each read of a statement goes out. */
function watchStatementReads(sessions: SessionsApi, onRead: () => void): SessionsApi {
  const watched: Partial<SessionsApi> = {
    getStatement: (id, statementId, options) => {
      onRead();
      return sessions.getStatement(id, statementId, options);
    },
  };
  return Object.assign(Object.create(sessions) as SessionsApi, watched);
}

/** The first statement, sent before anything else to a session given by id. */
interface PreSubmitted {
  statement: Statement;
  started: number;
}

/**
 * Posts the first statement straight to a session given by id. Returns undefined when the server
 * refused it without running it (404 missing, 400 not active, 500 still starting or a kind it
 * needs): then the session is read and waited for as usual, which says why, or tries again once
 * it is ready.
 */
async function submitToAttached(
  ctx: CommandContext,
  client: LivyClient,
  id: number,
  unit: CodeUnit,
  kind: StatementKind | undefined,
): Promise<Statement | undefined> {
  try {
    return await client.sessions.submitStatement(id, kind ? { code: unit.code, kind } : { code: unit.code }, { signal: ctx.stopSignal });
  } catch (error) {
    if (error instanceof LivyHttpError && REFUSED_UNRUN.has(error.status)) {
      ctx.out.debug(`session ${id} refused the statement (HTTP ${error.status}): reading the session`);
      return undefined;
    }
    throw error;
  }
}

const REFUSED_UNRUN: ReadonlySet<number> = new Set([400, 404, 500]);

async function runUnit(
  ctx: CommandContext,
  client: LivyClient,
  sessions: SessionsApi,
  session: SessionInUse,
  unit: CodeUnit,
  kind: StatementKind | undefined,
  status: StatusLine,
  lost: () => string | undefined,
  deadline: StatementDeadline,
  presubmitted?: PreSubmitted,
): Promise<StatementReport> {
  const { out, clock } = ctx;
  const sessionId = session.id;
  const started = presubmitted?.started ?? clock.now();
  let statementId: number | undefined;
  const show = (statement: Statement): void => {
    statementId = statement.id;
    const progress = statement.progress ? ` ${Math.round(statement.progress * 100)}%` : '';
    status.set(`statement ${statement.id} ${statement.state}${progress} ${formatDuration(clock.now() - started)}`);
  };
  const cancelWait = new CancelWait(ctx.signal, clock);
  try {
    const onSubmitted = (statement: Statement): void => {
      out.debug(`statement ${statement.id} submitted (${unit.source})`);
      show(statement);
    };
    const follow = {
      cancel: ctx.signal,
      signal: AbortSignal.any([ctx.stopSignal, cancelWait.signal, deadline.signal]),
      clock,
      onUpdate: show,
      onCancelling: (statement: Statement) => status.note(out.style.yellow(`interrupted: cancelling statement ${statement.id}`)),
    };
    let result;
    // A restart the transport's retries hid can have given our id to another session: never report
    // its statement. The session's view, read once, is checked again after the statement's last
    // read — unless that read went out alongside the first view itself.
    let recheck = true;
    if (presubmitted) {
      onSubmitted(presubmitted.statement);
      let viewIn = false;
      let readAfterView = false;
      const viewFailed = new AbortController();
      void session.ready.then(
        () => (viewIn = true),
        (error: unknown) => viewFailed.abort(error),
      );
      const watched = watchStatementReads(sessions, () => (readAfterView ||= viewIn));
      const signal = AbortSignal.any([follow.signal, viewFailed.signal]);
      [result] = await Promise.all([followStatement(watched, sessionId, presubmitted.statement, { ...follow, signal }), session.ready]);
      recheck = readAfterView;
    } else {
      result = await runStatement(sessions, sessionId, kind ? { code: unit.code, kind } : { code: unit.code }, { ...follow, onSubmitted });
    }
    if (recheck) await assertNotReplaced(client, (await session.ready).identity, ctx.stopSignal);
    const statement = result.statement;
    const cancelled = statement.state === 'cancelled' || (result.cancelRequested && statement.state !== 'available');
    if (cancelled) status.note(out.style.yellow(`statement ${statement.id} cancelled`));
    return {
      session: sessionId,
      statement: statement.id,
      source: unit.source,
      code: unit.code,
      state: statement.state,
      status: result.cancelRequested ? 'cancelled' : (statement.output?.status ?? 'ok'),
      output: statement.output ?? null,
      elapsedMs: result.elapsedMs,
    };
  } catch (error) {
    const what = statementId === undefined ? `the statement from ${unit.source}` : `statement ${statementId}`;
    if (error instanceof DeadlineReached) {
      throw new SessionDeadlineError(sessionId, `${what} did not finish within ${formatDuration(deadline.ms ?? 0)}`);
    }
    if (error instanceof CancelStuck) {
      status.note(out.style.yellow(`${what} did not stop within ${formatDuration(CANCEL_WAIT_MS)} of the cancel`));
      throw ctx.signal.reason;
    }
    if (error instanceof LivyHttpError && isGone(error)) {
      // Its id given to another session by a restart: say so (exit 3) rather than blame the session.
      const view = await session.ready.catch(() => undefined);
      if (view) await assertNotReplaced(client, view.identity, ctx.stopSignal);
      throw sessionUnusable(sessionId, error, lost());
    }
    throw error;
  } finally {
    cancelWait.clear();
  }
}
