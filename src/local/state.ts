import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { readJson } from './fs-util.js';
import { writeFileAtomic } from '../text/write-file-atomic.js';
import { localPaths } from './paths.js';
import { hasArgument, isPidAlive, processCommandLine } from './processes.js';

type Env = Record<string, string | undefined>;

export const LIVY_MAIN_CLASS = 'org.apache.livy.server.LivyServer';
/** A system property on the server's java command line that ties the process to its run dir. */
// Not under "livy.": LivyConf would read such system properties as settings.
export const RUN_DIR_PROPERTY = 'livycli.run-dir';

/** What `server.json` records about a started server. */
export interface LocalServerState {
  pid: number;
  port: number;
  url: string;
  whitelist: string[];
  livyVersion: string;
  pysparkVersion: string;
  sparkHome: string;
  python: string;
  logFile: string;
  runDir: string;
  /** ISO timestamp. */
  startedAt: string;
}

function isLocalServerState(x: unknown): x is LocalServerState {
  if (!x || typeof x !== 'object') return false;
  const s = x as Record<string, unknown>;
  return (
    typeof s.pid === 'number' &&
    typeof s.port === 'number' &&
    typeof s.url === 'string' &&
    Array.isArray(s.whitelist) &&
    typeof s.logFile === 'string' &&
    typeof s.runDir === 'string'
  );
}

export function writeStateFile(state: LocalServerState, env: Env): void {
  const file = localPaths(env).stateFile;
  mkdirSync(dirname(file), { recursive: true });
  writeFileAtomic(file, JSON.stringify(state, null, 2) + '\n');
}

/** The recorded state, whether or not its process still runs. */
export function readStateFile(env: Env): LocalServerState | undefined {
  const file = localPaths(env).stateFile;
  if (!existsSync(file)) return undefined;
  const x = readJson<unknown>(file);
  return isLocalServerState(x) ? x : undefined;
}

export function removeStateFile(env: Env): void {
  rmSync(localPaths(env).stateFile, { force: true });
}

/** Whether the pid runs the Livy server started for this run dir (not a recycled pid). */
function isOurServerProcess(state: Pick<LocalServerState, 'pid' | 'runDir'>): boolean {
  if (!isPidAlive(state.pid)) return false;
  const cmd = processCommandLine(state.pid);
  if (cmd === undefined) return true; // cannot tell: trust the pid
  return cmd.includes(LIVY_MAIN_CLASS) && hasArgument(cmd, `-D${RUN_DIR_PROPERTY}=${state.runDir}`);
}

export type StateCheck =
  { kind: 'none' } | { kind: 'running'; state: LocalServerState } | { kind: 'stale'; state: LocalServerState | undefined; reason: string };

/** Classifies the state file: absent, pointing at our live server, or stale (unreadable, dead pid, reused pid). */
export function checkStateFile(env: Env): StateCheck {
  const file = localPaths(env).stateFile;
  if (!existsSync(file)) return { kind: 'none' };
  const state = readStateFile(env);
  if (!state) return { kind: 'stale', state: undefined, reason: `unreadable state file ${file}` };
  if (!isPidAlive(state.pid)) return { kind: 'stale', state, reason: `process ${state.pid} is no longer running` };
  if (!isOurServerProcess(state)) return { kind: 'stale', state, reason: `process ${state.pid} is not the Livy server any more` };
  return { kind: 'running', state };
}

/** The state of the local server if its recorded process is alive and ours (synchronous; no HTTP). */
export function readLocalServerState(env: Env): LocalServerState | undefined {
  const c = checkStateFile(env);
  return c.kind === 'running' ? c.state : undefined;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * Whether `url` addresses the running local server (loopback host, same port, http). The submit
 * command uses this to turn relative paths into absolute `file:` paths.
 */
export function isLocalServerUrl(url: string, env: Env): boolean {
  const state = readLocalServerState(env);
  if (!state) return false;
  return sameLocalEndpoint(url, state.url);
}

/** Pure part of isLocalServerUrl: both URLs are http on a loopback host and the same port. */
export function sameLocalEndpoint(a: string, b: string): boolean {
  let ua: URL;
  let ub: URL;
  try {
    ua = new URL(a);
    ub = new URL(b);
  } catch {
    return false;
  }
  const port = (u: URL) => u.port || (u.protocol === 'https:' ? '443' : '80');
  return (
    ua.protocol === ub.protocol &&
    LOOPBACK.has(ua.hostname) &&
    LOOPBACK.has(ub.hostname) &&
    port(ua) === port(ub) &&
    (ua.pathname.replace(/\/+$/, '') || '/') === (ub.pathname.replace(/\/+$/, '') || '/')
  );
}
