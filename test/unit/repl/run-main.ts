import { PassThrough } from 'node:stream';
import { entryPoint, type CliEntry } from '../../support/run-cli.js';

export interface MainRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `livy ARGV` in-process with `input` on stdin (not a terminal). */
export async function runWithInput(argv: string[], options: { env?: NodeJS.ProcessEnv; input?: string; cwd?: string; stdinTTY?: boolean; entry?: CliEntry } = {}): Promise<MainRun> {
  let stdout = '';
  let stderr = '';
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean };
  if (options.stdinTTY) stdin.isTTY = true;
  stdin.end(options.input ?? '');
  const code = await entryPoint(options.entry)(argv, {
    stdout: { write: (chunk: string) => (stdout += chunk), isTTY: false, columns: 100 },
    stderr: { write: (chunk: string) => (stderr += chunk), isTTY: false, columns: 100 },
    stdin,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LIVY_LOCAL_HOME: '/nonexistent/livy-local', ...options.env },
    cwd: options.cwd ?? process.cwd(),
  });
  return { code, stdout, stderr };
}
