import { CommandContext, type CommonOptions, type Io } from './context.js';
import { ExitCode, type ExitCodeValue } from '../errors/exit-codes.js';
import { Output } from './output.js';
import { Interrupts } from './interrupts.js';
import { describeError } from './report-error.js';

/**
 * What a command's handler gets and returns. A handler returns the exit code
 * for outcomes that are not errors (a failed Spark job is exit 1) and throws
 * `CliError`s for everything else.
 */
export type Handler<O> = (ctx: CommandContext, options: O, operands: string[]) => Promise<ExitCodeValue | void>;

/** The state of one CLI invocation. */
export interface Invocation {
  io: Io;
  /** Aborted on SIGINT/SIGTERM/SIGHUP with an `InterruptedError`. */
  signal: AbortSignal;
  interrupts: Interrupts;
  exitCode: ExitCodeValue;
  context?: CommandContext;
}

/**
 * Runs one invocation: wires Ctrl-C, SIGTERM and SIGHUP to abort signals, turns any
 * error into one line (or a JSON document) and an exit code, and cleans up.
 * Never calls process.exit except on a repeated signal (see `Interrupts`).
 */
export async function runInvocation(
  argv: string[],
  io: Io,
  body: (invocation: Invocation) => Promise<void>,
  /** Gives the exit code for errors the body's framework reports itself. */
  handled?: (error: unknown) => number | undefined,
): Promise<number> {
  const interrupts = new Interrupts();
  const stopListening = interrupts.listen();

  const invocation: Invocation = { io, signal: interrupts.signal, interrupts, exitCode: ExitCode.Ok };
  try {
    await body(invocation);
    return invocation.exitCode;
  } catch (error) {
    const code = handled?.(error);
    if (code !== undefined) return code;
    const out = invocation.context?.out ?? fallbackOutput(argv, io);
    const report = describeError(error, safeTargetUrl(invocation));
    out.error(report.message, report.hint);
    if (out.json) out.printJson({ error: { message: report.message, hint: report.hint, exitCode: report.exitCode } });
    if (out.debugEnabled && error instanceof Error && error.stack) out.info(error.stack);
    return report.exitCode;
  } finally {
    stopListening();
    await invocation.context?.dispose();
  }
}

/** Builds the command's context (reading profiles) and runs its handler. */
export async function runHandler<O>(
  invocation: Invocation,
  common: CommonOptions,
  options: O,
  operands: string[],
  handler: Handler<O>,
): Promise<void> {
  const context = new CommandContext(invocation.io, common, invocation.signal, invocation.interrupts);
  invocation.context = context;
  await context.loadProfiles();
  const code = await handler(context, options, operands);
  invocation.exitCode = code ?? ExitCode.Ok;
}

export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    // Opening stdin costs start-up time; only the commands that read it pay for it.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    cwd: process.cwd(),
  };
}

function safeTargetUrl(invocation: Invocation): string | undefined {
  try {
    return invocation.context?.target().url;
  } catch {
    return undefined;
  }
}

/** For errors thrown before a command built its context. */
function fallbackOutput(argv: string[], io: Io): Output {
  const jsonIndex = argv.findIndex((arg) => arg === '-o' || arg === '--output');
  const json = argv.includes('--output=json') || (jsonIndex >= 0 && argv[jsonIndex + 1] === 'json');
  return new Output({
    format: json ? 'json' : 'text',
    noColor: argv.includes('--no-color'),
    debug: argv.includes('--debug'),
    verbose: false,
    stdout: io.stdout,
    stderr: io.stderr,
    env: io.env,
  });
}
