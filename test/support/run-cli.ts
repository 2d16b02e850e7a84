import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.js';

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
}

/** Runs `livy ARGV` in-process with captured, non-terminal stdio. */
export async function runCli(argv: string[], options: RunOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const stdin = new PassThrough();
  stdin.end();
  const code = await main(argv, {
    stdout: { write: (chunk: string) => (stdout += chunk), isTTY: options.tty ?? false, columns: 100 },
    stderr: { write: (chunk: string) => (stderr += chunk), isTTY: options.tty ?? false, columns: 100 },
    stdin,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LIVY_LOCAL_HOME: '/nonexistent/livy-local', ...options.env },
    cwd: options.cwd ?? process.cwd(),
  });
  return { code, stdout, stderr };
}
