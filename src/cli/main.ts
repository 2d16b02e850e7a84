import { CommanderError } from 'commander';
import { attachInvocation } from './command-kit.js';
import type { Io } from './context.js';
import { ExitCode } from '../errors/exit-codes.js';
import { processIo, runInvocation } from './invocation.js';
import { buildProgram } from './program.js';

/** Runs one `livy` invocation through the command tree and returns its exit code. */
export function main(argv: string[], io: Io = processIo()): Promise<number> {
  return runInvocation(
    argv,
    io,
    async (invocation) => {
      const program = buildProgram(io);
      attachInvocation(program, invocation);
      await program.parseAsync(argv, { from: 'user' });
    },
    (error) => (error instanceof CommanderError ? commanderExitCode(error) : undefined),
  );
}

function commanderExitCode(error: CommanderError): number {
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
    return ExitCode.Ok;
  }
  return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
}
