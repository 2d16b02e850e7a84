import { submitBatch } from './batch/submit-batch.js';
import { submitCommonOptions } from './batch/submit-options.js';
import type { Io } from './context.js';
import { processIo, runHandler, runInvocation } from './invocation.js';

/**
 * `livy submit ARGS` without the command tree: submit parses its own
 * spark-submit command line, so bin/livy.js sends it straight here and
 * skips loading commander and every other command.
 */
export function submitMain(argv: string[], io: Io = processIo()): Promise<number> {
  return runInvocation(argv, io, async (invocation) => {
    await runHandler(invocation, await submitCommonOptions(argv), {}, argv, (ctx) => submitBatch(ctx, argv));
  });
}
