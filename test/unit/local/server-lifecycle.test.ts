import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalServerError } from '../../../src/local/errors.js';
import { localPaths } from '../../../src/local/paths.js';
import { findFreePort } from '../../../src/local/port.js';
import { isPidAlive } from '../../../src/local/processes.js';
import type { LocalProgressEvent } from '../../../src/local/progress.js';
import { restartLocalServer } from '../../../src/local/restart.js';
import { localServerStatus, stopLocalServer } from '../../../src/local/server.js';
import {
  checkStateFile,
  isLocalServerUrl,
  LIVY_MAIN_CLASS,
  readLocalServerState,
  RUN_DIR_PROPERTY,
  writeStateFile,
  type LocalServerState,
} from '../../../src/local/state.js';

type Env = Record<string, string | undefined>;

let env: Env;
let runDir: string;
const spawned: ChildProcess[] = [];

beforeEach(() => {
  const root = mkdtempSync(join(tmpdir(), 'livy-unit-lifecycle-'));
  runDir = join(root, 'run');
  env = { LIVY_LOCAL_HOME: join(root, 'home'), LIVY_LOCAL_RUN_DIR: runDir };
});

afterEach(() => {
  for (const child of spawned.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
});

/**
 * A sleeping node process whose command line carries `args` (what the state checks read
 * from /proc), its own session leader like the real server when `detached`.
 */
async function fakeProcess(args: string[], options: { detached?: boolean; ignoreSigterm?: boolean } = {}): Promise<ChildProcess> {
  // Says it is ready once its SIGTERM handler is in place (and its command line is the one it was given).
  const script = `${options.ignoreSigterm ? "process.on('SIGTERM', () => {});" : ''} setInterval(() => {}, 1000); console.log('ready');`;
  const child = spawn(process.execPath, ['-e', script, '--', ...args], {
    stdio: ['ignore', 'pipe', 'ignore'],
    detached: options.detached ?? false,
  });
  spawned.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', () => reject(new Error('the fake process exited before it was ready')));
  });
  return child;
}

/** A process that looks like the Livy server `livy local start` runs for `dir`. */
const fakeLivyServer = (dir: string, options: { ignoreSigterm?: boolean } = {}) =>
  fakeProcess([`-D${RUN_DIR_PROPERTY}=${dir}`, '-cp', '/nonexistent/jars/*', LIVY_MAIN_CLASS], { detached: true, ...options });

/** The pid of a process that has exited (and been reaped). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((r) => child.once('exit', r));
  return child.pid!;
}

function serverState(pid: number, overrides: Partial<LocalServerState> = {}): LocalServerState {
  return {
    pid,
    port: 8998,
    url: 'http://127.0.0.1:8998',
    whitelist: ['/data'],
    livyVersion: '0.9.0-incubating',
    pysparkVersion: '3.5.6',
    sparkHome: '/spark',
    python: '/python',
    logFile: join(runDir, 'logs', 'livy-server.log'),
    runDir,
    startedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

const stateFile = () => localPaths(env).stateFile;
const exited = (child: ChildProcess) =>
  new Promise<NodeJS.Signals | null>((r) =>
    child.exitCode !== null || child.signalCode !== null ? r(child.signalCode) : child.once('exit', (_code, signal) => r(signal)),
  );

describe('checkStateFile', () => {
  it('is none without a state file', () => {
    expect(checkStateFile(env)).toEqual({ kind: 'none' });
  });

  it('keeps the state file in LIVY_LOCAL_RUN_DIR', () => {
    writeStateFile(serverState(1), env);
    expect(stateFile()).toBe(join(runDir, 'server.json'));
    expect(existsSync(stateFile())).toBe(true);
  });

  it('is running when the recorded pid is the Livy server of this run dir', async () => {
    const server = await fakeLivyServer(runDir);
    const state = serverState(server.pid!);
    writeStateFile(state, env);
    expect(checkStateFile(env)).toEqual({ kind: 'running', state });
  });

  it('is stale when the recorded process has exited', async () => {
    const pid = await deadPid();
    writeStateFile(serverState(pid), env);
    expect(checkStateFile(env)).toEqual({ kind: 'stale', state: serverState(pid), reason: `process ${pid} is no longer running` });
  });

  it('is stale when the pid was recycled by a process that is not Livy', async () => {
    const other = await fakeProcess(['some-other-program']);
    writeStateFile(serverState(other.pid!), env);
    expect(checkStateFile(env)).toMatchObject({ kind: 'stale', reason: `process ${other.pid} is not the Livy server any more` });
  });

  it('is stale when the pid is a Livy server of another run dir', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'livy-unit-other-run-'));
    const other = await fakeLivyServer(elsewhere);
    writeStateFile(serverState(other.pid!), env);
    expect(checkStateFile(env)).toMatchObject({ kind: 'stale', reason: `process ${other.pid} is not the Livy server any more` });
  });

  it('is stale when the pid is a Livy server of a run dir whose path only starts with ours', async () => {
    const other = await fakeLivyServer(`${runDir}2`);
    writeStateFile(serverState(other.pid!), env);
    expect(checkStateFile(env)).toMatchObject({ kind: 'stale', reason: `process ${other.pid} is not the Livy server any more` });
  });

  it('is stale, naming the file, when the file is JSON but not a server state', () => {
    mkdirSync(runDir, { recursive: true });
    writeFileSync(stateFile(), JSON.stringify({ pid: 'one', port: 8998 }));
    expect(checkStateFile(env)).toEqual({ kind: 'stale', state: undefined, reason: `unreadable state file ${stateFile()}` });
  });
});

describe('readLocalServerState', () => {
  it('is the recorded state while its server runs', async () => {
    const server = await fakeLivyServer(runDir);
    writeStateFile(serverState(server.pid!), env);
    expect(readLocalServerState(env)).toEqual(serverState(server.pid!));
  });

  it('is undefined for a stale state, which it leaves in place', async () => {
    writeStateFile(serverState(await deadPid()), env);
    expect(readLocalServerState(env)).toBeUndefined();
    expect(existsSync(stateFile())).toBe(true);
  });

  it('reads the environment it is given, not the process environment', async () => {
    const server = await fakeLivyServer(runDir);
    writeStateFile(serverState(server.pid!), env);
    const elsewhere = { LIVY_LOCAL_RUN_DIR: mkdtempSync(join(tmpdir(), 'livy-unit-empty-run-')) };
    expect(readLocalServerState(elsewhere)).toBeUndefined();
  });
});

describe('isLocalServerUrl', () => {
  it("is true for the running server's URL under another loopback name", async () => {
    const server = await fakeLivyServer(runDir);
    writeStateFile(serverState(server.pid!), env);
    expect(isLocalServerUrl('http://localhost:8998/', env)).toBe(true);
  });

  it('is false when the recorded server no longer runs', async () => {
    writeStateFile(serverState(await deadPid()), env);
    expect(isLocalServerUrl('http://127.0.0.1:8998', env)).toBe(false);
  });
});

describe('stopLocalServer', () => {
  it('with no state file, stops nothing and reports nothing', async () => {
    const events: LocalProgressEvent[] = [];
    expect(await stopLocalServer({ env, onProgress: (e) => events.push(e) })).toEqual({ stopped: false });
    expect(events).toEqual([]);
  });

  it('with a stale state (dead pid), removes the file and says why', async () => {
    const pid = await deadPid();
    writeStateFile(serverState(pid), env);
    const events: LocalProgressEvent[] = [];
    expect(await stopLocalServer({ env, onProgress: (e) => events.push(e) })).toEqual({ stopped: false });
    expect(existsSync(stateFile())).toBe(false);
    expect(events).toEqual([{ step: 'cleanup', message: `removing stale local server state: process ${pid} is no longer running` }]);
  });

  it('with a recycled pid, removes the state and leaves that process alone', async () => {
    const other = await fakeProcess(['some-other-program'], { detached: true });
    writeStateFile(serverState(other.pid!), env);
    expect(await stopLocalServer({ env, graceMs: 100 })).toEqual({ stopped: false });
    expect(existsSync(stateFile())).toBe(false);
    expect(isPidAlive(other.pid!)).toBe(true);
  });

  it('stops the running server with SIGTERM, removes the state and reports the pid and URL', async () => {
    const server = await fakeLivyServer(runDir);
    writeStateFile(serverState(server.pid!), env);
    const events: LocalProgressEvent[] = [];
    const result = await stopLocalServer({ env, onProgress: (e) => events.push(e) });
    expect(result).toEqual({ stopped: true, pid: server.pid, url: 'http://127.0.0.1:8998' });
    expect(await exited(server)).toBe('SIGTERM');
    expect(existsSync(stateFile())).toBe(false);
    expect(events).toEqual([
      { step: 'stop', message: `stopping the local Livy at http://127.0.0.1:8998 (pid ${server.pid})` },
      { step: 'stop', message: 'stopped', done: true },
    ]);
  });

  it('kills a server that ignores SIGTERM once the grace period is over', async () => {
    const server = await fakeLivyServer(runDir, { ignoreSigterm: true });
    writeStateFile(serverState(server.pid!), env);
    expect(await stopLocalServer({ env, graceMs: 300 })).toMatchObject({ stopped: true, pid: server.pid });
    expect(await exited(server)).toBe('SIGKILL');
  });
});

describe('restartLocalServer', () => {
  // Should a refusal ever regress, the start that follows stops at once instead of provisioning.
  const noStart = () => AbortSignal.abort(new Error('a unit test never starts a server'));

  it('refuses when no state file exists: nothing runs', async () => {
    await expect(restartLocalServer({ env, signal: noStart() })).rejects.toMatchObject({
      name: 'LocalServerError',
      code: 'not-running',
      message: 'no local Livy is running',
    });
  });

  it('refuses with not-running when the state is stale', async () => {
    writeStateFile(serverState(await deadPid()), env);
    const error = await restartLocalServer({ env, signal: noStart() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LocalServerError);
    expect(error).toMatchObject({ code: 'not-running', message: 'no local Livy is running' });
    expect(checkStateFile(env)).toEqual({ kind: 'none' });
  });

  it('refusing a recycled pid, it signals nothing and starts nothing', async () => {
    const other = await fakeProcess(['some-other-program'], { detached: true });
    writeStateFile(serverState(other.pid!), env);
    await expect(restartLocalServer({ env, signal: noStart() })).rejects.toMatchObject({ code: 'not-running' });
    expect(isPidAlive(other.pid!)).toBe(true);
    expect(existsSync(localPaths(env).confDir)).toBe(false);
  });
});

describe('localServerStatus', () => {
  it('with no state: not running, and where the log would be', async () => {
    expect(await localServerStatus({ env })).toEqual({
      running: false,
      responding: false,
      logFile: join(runDir, 'logs', 'livy-server.log'),
    });
  });

  it('with a stale state: not running, says why, and keeps the file', async () => {
    const pid = await deadPid();
    writeStateFile(serverState(pid), env);
    expect(await localServerStatus({ env })).toMatchObject({
      running: false,
      responding: false,
      stale: `process ${pid} is no longer running`,
    });
    expect(existsSync(stateFile())).toBe(true);
  });

  it('a running server that does not answer is running but not responding, with the recorded details', async () => {
    const server = await fakeLivyServer(runDir);
    const port = await findFreePort();
    writeStateFile(serverState(server.pid!, { port, url: `http://127.0.0.1:${port}` }), env);
    expect(await localServerStatus({ env })).toMatchObject({
      running: true,
      responding: false,
      pid: server.pid,
      port,
      livyVersion: '0.9.0-incubating',
      whitelist: ['/data'],
    });
  });
});
