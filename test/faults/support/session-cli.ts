import { spawn, type ChildProcess } from 'node:child_process';
import {} from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..', '..');
const bin = join(root, 'bin', 'livy.js');

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The built `livy` running as a separate process, as a shell or CI runner starts it. */
export interface LivyProcess {
  child: ChildProcess;
  /** What it printed so far. */
  output(): { stdout: string; stderr: string };
  exited: Promise<Exit>;
  signal(name: NodeJS.Signals): void;
}

export function spawnLivy(args: string[], url: string): LivyProcess {
  const child = spawn(process.execPath, [bin, ...args], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LIVY_LOCAL_HOME: '/nonexistent/livy-local', LIVY_URL: url, NO_COLOR: '1' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdin!.end();
  const exited = new Promise<Exit>((resolvePromise) =>
    child.on('close', (code, signal) => resolvePromise({ code, signal, stdout, stderr })),
  );
  return { child, output: () => ({ stdout, stderr }), exited, signal: (name) => child.kill(name) };
}
