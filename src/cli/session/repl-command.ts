import { tmpdir } from 'node:os';
import type { LivyClient, SessionsApi } from '../../client/livy-client.js';
import { ReplEngine, type ReplSession } from '../../repl/engine.js';
import { defaultHistoryDir } from '../../repl/history.js';
import { imageSaver } from '../../repl/images.js';
import type { OptionOccurrence } from '../../submit/parse-argv.js';
import type { CommandContext } from '../context.js';
import { ExitCode, type ExitCodeValue } from '../../errors/exit-codes.js';
import { DELETE_DEADLINE_MS, deleteOwnSession, describeDeletion, URGENT_DELETE_DEADLINE_MS } from './delete-session.js';
import { formatDuration } from '../../text/duration.js';
import {
  confirmIdentity,
  DEFAULT_OUTAGE_TOLERANCE_MS,
  keepAlive,
  openSession,
  type OpenedSession,
  type SessionSetup,
} from './open-session.js';
import { outageTolerantSessions } from './outage-tolerant-sessions.js';
import { baselineWasmOnly } from '../wasm-baseline.js';
import { runCommand, sessionSetupFrom, type RunCommandOptions } from './run-command.js';

export interface ReplCommandOptions extends RunCommandOptions {
  historyDir?: string;
}

/** `livy repl`: the Ink shell on a terminal, `livy run -` otherwise. */
export async function replCommand(
  ctx: CommandContext,
  options: ReplCommandOptions,
  sparkOptions: readonly OptionOccurrence[],
): Promise<ExitCodeValue> {
  const { stdin, stdout } = ctx.io;
  if (!stdin.isTTY || !stdout.isTTY || ctx.out.json) return runCommand(ctx, options, '-', sparkOptions);
  const setup = { ...sessionSetupFrom(options, sparkOptions), command: 'repl' as const };
  const client = await ctx.client();
  const engine = createReplEngine(ctx, client, setup, options);

  // SIGTERM and SIGHUP (terminal closed) abort ctx.signal: the session is still deleted.
  const onSignal = (): void => void engine.quit();
  const onHangup = (): void => {
    // The terminal is gone: writing to it fails with EIO, which must not kill the process
    // before the session is deleted.
    for (const stream of [ctx.io.stdout, ctx.io.stderr]) stream.on?.('error', () => {});
    onSignal();
  };
  ctx.signal.addEventListener('abort', onSignal, { once: true });
  // A closed terminal often shows up as the end of stdin, or a read failing with EIO, before
  // (or instead of) SIGHUP; an unheard 'error' would end the process with the session alive.
  stdin.once('end', onHangup);
  stdin.on('error', onHangup);
  // A second signal must not end the process while the session is being deleted.
  const releaseExit = ctx.holdExit();
  try {
    const { runReplApp } = await loadReplUi(ctx.env);
    await runReplApp(
      engine,
      {
        stdin: stdin as NodeJS.ReadStream,
        stdout: stdout as unknown as NodeJS.WriteStream,
        stderr: ctx.io.stderr as unknown as NodeJS.WriteStream,
      },
      { color: ctx.out.dataStyle.level > 0 },
    );
  } finally {
    ctx.signal.removeEventListener('abort', onSignal);
    stdin.off('end', onHangup);
    await engine.quit();
    stdin.off('error', onHangup);
    releaseExit();
  }
  return ctx.signal.aborted ? ExitCode.Interrupted : ExitCode.Ok;
}

/** The engine wired to the real client and this invocation's settings. */
export function createReplEngine(ctx: CommandContext, client: LivyClient, setup: SessionSetup, options: ReplCommandOptions): ReplEngine {
  const savers = new Map<number, (png: Buffer) => string>();
  const opened = new Map<number, OpenedSession>();
  const identityOf = (id: number) => opened.get(id)?.identity ?? { id };
  // A statement outlives a server restart, as in `livy run`: reads are retried through an outage.
  let outageNotice: string | undefined;
  const tolerant = outageTolerantSessions(client.sessions, {
    toleranceMs: setup.outageToleranceMs ?? DEFAULT_OUTAGE_TOLERANCE_MS,
    clock: ctx.clock,
    onOutage: (error, downForMs) => {
      outageNotice = engine.showNotice(`Livy is not answering (${error.message}); retrying for ${formatDuration(downForMs)} so far`);
    },
    onRecovered: async () => {
      const id = engine.view.sessionId;
      if (id !== undefined) await confirmIdentity(client, identityOf(id));
      if (engine.view.notice === outageNotice) engine.showNotice(undefined);
    },
  });
  // `:upload` loads undici (for its multipart body): see baselineWasmOnly.
  const uploads: Partial<SessionsApi> = {
    upload: async (...args) => {
      await baselineWasmOnly();
      return tolerant.upload(...args);
    },
  };
  const sessions = Object.assign(Object.create(tolerant) as SessionsApi, uploads);
  const engine: ReplEngine = new ReplEngine({
    sessions,
    openSession: async (fresh, onState, signal): Promise<ReplSession> => {
      const session = await openSession(ctx, client, fresh ? { ...setup, attach: undefined, kind: setup.kind } : setup, {
        signal,
        onCreated: (created) => onState(created.state, created.id),
        onState: (state, view) => onState(state, view.id),
      });
      opened.set(session.id, session);
      return session;
    },
    deleteSession: async (id) => {
      const identity = identityOf(id);
      const deadline = ctx.stopSignal.aborted ? URGENT_DELETE_DEADLINE_MS : DELETE_DEADLINE_MS;
      return describeDeletion(id, await deleteOwnSession(client, identity, deadline));
    },
    watchSession: (id, onLost) => keepAlive(client, identityOf(id), setup.heartbeatSeconds, onLost),
    clock: ctx.clock,
    requestedKind: options.kind,
    keep: options.keep ?? false,
    historyDir: options.historyDir ?? defaultHistoryDir(ctx.env),
    cwd: ctx.io.cwd,
    style: ctx.out.dataStyle,
    safeText: (text) => ctx.out.safeText(text, 'stdout'),
    width: () => ctx.io.stdout.columns ?? 100,
    saveImage: (sessionId, png) => {
      let save = savers.get(sessionId);
      if (!save) savers.set(sessionId, (save = imageSaver(options.imageDir ?? tmpdir(), sessionId)));
      return save(png);
    },
  });
  return engine;
}

/**
 * Loads Ink and React the way a terminal program needs them. Ink renders only its last frame
 * when it thinks it runs in CI (it reads `CI` once, as it loads); `livy repl` gets here only on
 * a real terminal, which must get live frames even in a shell that has CI set, so Ink loads
 * without seeing those variables. `env` is the command's environment, which in the CLI is the
 * process's own: the one Ink reads. (React's production build is chosen at build time.)
 */
async function loadReplUi(env: NodeJS.ProcessEnv): Promise<typeof import('../../ui/run-repl.js')> {
  const hidden = ['CI', 'CONTINUOUS_INTEGRATION'].filter((name) => name in env);
  const saved = hidden.map((name) => [name, env[name]] as const);
  for (const name of hidden) delete env[name];
  try {
    return await import('../../ui/run-repl.js');
  } finally {
    for (const [name, value] of saved) env[name] = value;
  }
}
