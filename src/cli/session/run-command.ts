import type { StatementKind } from '../../client/requests.js';
import { kindFromFileName, sessionKindOf } from '../../repl/kinds.js';
import type { OptionOccurrence } from '../../submit/parse-argv.js';
import type { CommandContext } from '../context.js';
import { parseDuration } from '../../text/duration.js';
import { UsageError } from '../../errors/cli-error.js';
import type { ExitCodeValue } from '../../errors/exit-codes.js';
import { DEFAULT_HEARTBEAT_SECONDS, DEFAULT_START_TIMEOUT_MS, type SessionSetup } from './open-session.js';
import { collectCode, runCode } from './run-code.js';

/** The options of `livy run` (and, with a few more, `livy repl`) as commander parses them. */
export interface RunCommandOptions {
  kind?: string;
  session?: string;
  e?: string[];
  keep?: boolean;
  keepGoing?: boolean;
  split?: boolean;
  startTimeout?: string;
  heartbeatTimeout?: string;
  imageDir?: string;
  /** `livy run` only: the deadline for all its statements. */
  timeout?: string;
}

/** The session-related flags of `livy run` / `livy repl`, checked. */
export function sessionSetupFrom(
  options: RunCommandOptions,
  sparkOptions: readonly OptionOccurrence[],
  guessedKind?: string,
): SessionSetup {
  if (options.session !== undefined && sparkOptions.length > 0) {
    throw new UsageError(
      `${sparkOptions[0]!.name} configures a new session, but --session attaches to an existing one`,
      'drop --session to start a session with these options',
    );
  }
  if (options.session !== undefined && options.keep) {
    throw new UsageError('--keep has no effect with --session: an attached session is never deleted');
  }
  const kind = options.kind ?? guessedKind;
  return {
    kind: kind ? sessionKindOf(kind) : undefined,
    attach: options.session,
    options: sparkOptions,
    startTimeoutMs: options.startTimeout ? parseDuration(options.startTimeout, '--start-timeout') : DEFAULT_START_TIMEOUT_MS,
    heartbeatSeconds: options.heartbeatTimeout
      ? Math.max(1, Math.round(parseDuration(options.heartbeatTimeout, '--heartbeat-timeout') / 1000))
      : DEFAULT_HEARTBEAT_SECONDS,
  };
}

/** The statement kind to send: `--kind` (except `shared`), else the file's extension. */
function statementKindFrom(kind: string | undefined, file: string | undefined): StatementKind | undefined {
  if (kind && kind !== 'shared') return kind as StatementKind;
  return file ? kindFromFileName(file) : undefined;
}

export async function runCommand(
  ctx: CommandContext,
  options: RunCommandOptions,
  operand: string | undefined,
  sparkOptions: readonly OptionOccurrence[],
): Promise<ExitCodeValue> {
  const statementKind = statementKindFrom(options.kind, operand);
  if (!statementKind && options.session === undefined) {
    throw new UsageError(
      'which language is the code in?',
      'give --kind spark|pyspark|sparkr|sql (or a file ending in .py, .scala, .r or .sql)',
    );
  }
  const setup = sessionSetupFrom(options, sparkOptions, statementKind);
  const units = await collectCode(ctx, options.e ?? [], operand, options.split ?? true, statementKind);
  const client = await ctx.client();
  return runCode(ctx, client, {
    setup,
    statementKind,
    units,
    keep: options.keep ?? false,
    keepGoing: options.keepGoing ?? false,
    imageDir: options.imageDir,
    timeoutMs: options.timeout === undefined ? undefined : parseDuration(options.timeout, '--timeout'),
  });
}
