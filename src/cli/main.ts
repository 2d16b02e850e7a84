import { CommanderError } from 'commander';
import { attachInvocation, type Invocation } from './command-kit.js';
import type { Io } from './context.js';
import { ExitCode } from './exit-codes.js';
import { Output } from './output.js';
import { buildProgram } from './program.js';
import { describeError, InterruptedError } from './report-error.js';

/** Runs one `livy` invocation and returns its exit code; never calls process.exit. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals): void => {
    if (controller.signal.aborted) process.exit(ExitCode.Interrupted); // second Ctrl-C: leave now
    controller.abort(new InterruptedError(signal));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const invocation: Invocation = { io, signal: controller.signal, exitCode: ExitCode.Ok };
  const program = buildProgram(io);
  attachInvocation(program, invocation);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return invocation.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return commanderExitCode(error);
    const out = invocation.context?.out ?? fallbackOutput(argv, io);
    const report = describeError(error, safeTargetUrl(invocation));
    out.error(report.message, report.hint);
    if (out.json) out.printJson({ error: { message: report.message, hint: report.hint, exitCode: report.exitCode } });
    if (out.debugEnabled && error instanceof Error && error.stack) out.info(error.stack);
    return report.exitCode;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await invocation.context?.dispose();
  }
}

function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}

function commanderExitCode(error: CommanderError): number {
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
    return ExitCode.Ok;
  }
  return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
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
