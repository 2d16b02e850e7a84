import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..');
const BIN = join(REPO_ROOT, 'bin', 'livy.js');

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * The built `livy` running as a user's shell runs it, with its own empty HOME, so that real
 * signals can be sent to it at chosen moments.
 */
export class LivyProcess {
  stdout = '';
  stderr = '';
  readonly finished: Promise<Finished>;
  private readonly child: ChildProcess;

  constructor(args: string[], env: Record<string, string> = {}) {
    const home = mkdtempSync(join(tmpdir(), 'livy-faults-home-'));
    this.child = spawn(process.execPath, [BIN, ...args], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH, HOME: home, LIVY_LOCAL_HOME: join(home, 'local'), NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (this.stdout += chunk));
    this.child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    this.finished = new Promise((resolvePromise) =>
      this.child.on('close', (code, signal) => resolvePromise({ code, signal, stdout: this.stdout, stderr: this.stderr })),
    );
  }

  kill(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  /** Resolves once stderr matches `pattern` (the test's own timeout bounds the wait). */
  async stderrMatches(pattern: RegExp): Promise<void> {
    while (!pattern.test(this.stderr)) await new Promise((r) => setTimeout(r, 20));
  }
}

/** Runs the built `livy` to its end. */
export function runLivy(args: string[], env: Record<string, string> = {}): Promise<Finished> {
  return new LivyProcess(args, env).finished;
}
