import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';
import { describeWith } from './support/prerequisites.js';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
export const LIVY_BIN = join(REPO_ROOT, 'bin', 'livy.js');
export const JOBS = join(REPO_ROOT, 'test', 'fixtures', 'jobs');

/** Why the suite's Livy is missing (only ever on a developer's machine: CI fails instead). */
export function livyMissing(): string[] {
  const reason = inject('livyUnavailable');
  return reason ? [`no Apache Livy: ${reason}`] : [];
}

/** The release the suite's server runs, e.g. 0.9.0-incubating. */
export function livyVersion(): string {
  return inject('livyVersion');
}

/** `describe` for tests that need the real Livy; each name says which release it ran on. */
export const describeLivy = Object.assign(
  (name: string, body: () => void): void => describeWith(livyMissing())(`${name} [Livy ${livyVersion()}]`, body),
  {
    /** The same, with its tests run side by side. */
    concurrent: (name: string, body: () => void): void =>
      describeWith(livyMissing(), { concurrent: true })(`${name} [Livy ${livyVersion()}]`, body),
  },
);

export function livyUrl(): string {
  return inject('livyUrl') ?? process.env.LIVY_E2E_URL!;
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall time in ms. */
  ms: number;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  input?: string;
  timeoutMs?: number;
  cwd?: string;
}

/**
 * Runs the built CLI (`node bin/livy.js …`; `npm run build` first) as a user would, with
 * LIVY_URL pointing at the suite's server unless `env` overrides it. Never rejects on exit codes.
 */
export function runLivy(args: string[], options: RunOptions = {}): Promise<RunResult> {
  const started = Date.now();
  return new Promise((resolvePromise, reject) => {
    const env: Record<string, string | undefined> = {
      ...process.env,
      LIVY_URL: livyUrl(),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ...options.env,
    };
    for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
    const child = spawn(process.execPath, [LIVY_BIN, ...args], {
      cwd: options.cwd ?? REPO_ROOT,
      env: env as NodeJS.ProcessEnv,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 240_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** Polls `probe` until it returns a value other than undefined/false, or throws after timeoutMs. */
export async function waitFor<T>(
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  options: { timeoutMs?: number; intervalMs?: number; what?: string } = {},
): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined && v !== false) return v as T;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${options.what ?? 'condition'}${last ? `: ${String(last)}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, options.intervalMs ?? 1000));
  }
}

/** JSON request to the suite's Livy with the headers Livy needs (CSRF on). */
export async function livyRequest<T = unknown>(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = { 'X-Requested-By': 'livy-e2e' },
): Promise<{ status: number; body: T }> {
  const res = await fetch(`${livyUrl()}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    /* HTML or plain text */
  }
  return { status: res.status, body: parsed as T };
}

/** Waits until a batch reaches one of the final states; returns that state. */
export async function waitForBatchEnd(id: number, timeoutMs = 180_000): Promise<string> {
  return waitFor(
    async () => {
      const { body } = await livyRequest<{ state: string }>('GET', `/batches/${id}/state`);
      return ['success', 'dead', 'killed', 'error'].includes(body.state) ? body.state : undefined;
    },
    { timeoutMs, what: `batch ${id} to finish` },
  );
}

/** All log lines of a batch. */
export async function batchLog(id: number): Promise<string[]> {
  const { body } = await livyRequest<{ log: string[] }>('GET', `/batches/${id}/log?from=0&size=-1`);
  return body.log;
}

/** A fresh directory under the OS temp dir (whitelisted by the suite's server). */
export function tempDir(prefix = 'livy-e2e-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(dir, { recursive: true });
  return dir;
}
