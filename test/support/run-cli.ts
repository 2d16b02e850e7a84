import { PassThrough } from 'node:stream';
import type { Io } from '../../src/cli/context.js';
import type { Clock } from '../../src/client/clock.js';
import { main } from '../../src/cli/main.js';
import { runMain } from '../../src/cli/run-main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Pretend stderr/stdout are terminals. */
  tty?: boolean;
  /** What standard input holds (then it ends). */
  input?: string;
  /** Pretend standard input is a terminal. */
  stdinTTY?: boolean;
  /** The time of waits, follows and deadlines (e.g. a `FakeClock`); the system clock by default. */
  clock?: Clock;
  /** `fast`: as bin/livy.js runs it, `livy run` through its own parser when that reads the arguments. */
  entry?: CliEntry;
}

export type CliEntry = 'tree' | 'fast';

/** `main`, or for `entry: 'fast'` what bin/livy.js does: `runMain` first for `livy run`. */
export function entryPoint(entry: CliEntry = 'tree'): (argv: string[], io: Io) => Promise<number> {
  if (entry === 'tree') return main;
  return (argv, io) => (argv[0] === 'run' ? runMain(argv.slice(1), io) : undefined) ?? main(argv, io);
}

/**
 * Runs `livy ARGV` in-process with captured stdio (not terminals unless asked), `input` on
 * stdin, an environment of PATH and HOME plus `env`, and the clock given: the one harness of
 * the in-process tests.
 */
export async function runCli(argv: string[], options: RunOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean };
  if (options.stdinTTY) stdin.isTTY = true;
  stdin.end(options.input ?? '');
  const code = await entryPoint(options.entry)(argv, {
    stdout: { write: (chunk: string) => (stdout += chunk), isTTY: options.tty ?? false, columns: 100 },
    stderr: { write: (chunk: string) => (stderr += chunk), isTTY: options.tty ?? false, columns: 100 },
    stdin,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LIVY_LOCAL_HOME: '/nonexistent/livy-local', ...options.env },
    cwd: options.cwd ?? process.cwd(),
    clock: options.clock,
  });
  return { code, stdout, stderr };
}
