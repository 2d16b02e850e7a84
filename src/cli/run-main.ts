import type { CommonOptions, Io } from './context.js';
import { processIo, runHandler, runInvocation } from './invocation.js';
import { parseRunArgv } from './run-argv.js';
import type { RunCommandOptions } from './session/run-command.js';

/**
 * `livy run ARGS` without the command tree, for the start-up time of a CI step. Returns
 * undefined when the arguments need the command tree (see `parseRunArgv`): bin/livy.js then
 * runs `main` as for any other command.
 */
export function runMain(argv: string[], io: Io = processIo()): Promise<number> | undefined {
  const parsed = parseRunArgv(argv);
  if (!parsed) return undefined;
  const options = parsed.options as RunCommandOptions & CommonOptions & { execute?: string[] };
  return runInvocation(argv, io, async (invocation) => {
    await runHandler(invocation, options, options, parsed.operands, async (ctx) => {
      const { runCommand } = await import('./session/run-command.js');
      return runCommand(ctx, { ...options, e: options.execute }, parsed.operands[0], []);
    });
  });
}
