import { spawn, type SpawnOptions } from 'node:child_process';

export interface ExecResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a program to completion, capturing its output. Never rejects for a non-zero exit (the
 * caller decides); rejects only when the program cannot be started (ENOENT etc.).
 * `onLine` sees each output line as it arrives (for progress parsing).
 */
export function execCapture(
  file: string,
  args: readonly string[],
  options: SpawnOptions & { onLine?: (line: string) => void; timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<ExecResult> {
  const { onLine, timeoutMs, signal, ...spawnOptions } = options;
  return new Promise((resolvePromise, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    // Its own process group, so an abort also ends what it started (Maven's JVM, pip's builds).
    const child = spawn(file, args, { ...spawnOptions, detached: Boolean(signal), stdio: ['ignore', 'pipe', 'pipe'] });
    const killGroup = () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    signal?.addEventListener('abort', killGroup, { once: true });
    let stdout = '';
    let stderr = '';
    let pending = '';
    const feed = (chunk: string) => {
      if (!onLine) return;
      pending += chunk;
      const lines = pending.split(/\r?\n|\r/);
      pending = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) onLine(line);
    };
    child.stdout!.setEncoding('utf8').on('data', (c: string) => {
      stdout += c;
      feed(c);
    });
    child.stderr!.setEncoding('utf8').on('data', (c: string) => {
      stderr += c;
      feed(c);
    });
    const timer = timeoutMs ? setTimeout(() => child.kill('SIGKILL'), timeoutMs) : undefined;
    child.on('error', (err) => {
      if (timer) clearTimeout(timer);
      signal?.removeEventListener('abort', killGroup);
      reject(err);
    });
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      signal?.removeEventListener('abort', killGroup);
      if (signal?.aborted) return reject(signal.reason);
      if (onLine && pending.trim()) onLine(pending);
      resolvePromise({ code, stdout, stderr });
    });
  });
}

/** The last `n` non-empty lines of a text. */
export function lastLines(text: string, n: number): string {
  return text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(-n)
    .join('\n');
}
