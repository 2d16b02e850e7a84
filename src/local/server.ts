import { spawn } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { LocalServerError } from './errors.js';
import { livyJavaOptions } from './java-options.js';
import { renderLivyConf } from './livy-conf.js';
import { tailFile } from './logs.js';
import { localPaths } from './paths.js';
import { findFreePort, isPortFree } from './port.js';
import { checkJava } from './prerequisites.js';
import { isPidAlive, sessionProcesses, signalAll } from './processes.js';
import { noProgress, type OnProgress } from './progress.js';
import { LOG4J_PROPERTIES } from './livy-import.js';
import { provisionLivy } from './provision-livy.js';
import { withProvisionLock } from './provision-lock.js';
import { provisionSpark } from './provision-spark.js';
import { checkStateFile, LIVY_MAIN_CLASS, removeStateFile, RUN_DIR_PROPERTY, writeStateFile, type LocalServerState } from './state.js';
import { DEFAULT_PORT, LIVY_VERSION, type LivyVersion } from './versions.js';

type Env = Record<string, string | undefined>;

/** Settings Livy rejects in a request's `conf` (conf/spark-blacklist.conf). */
export const SPARK_BLACKLIST = [
  'spark.master',
  'spark.submit.deployMode',
  'spark.yarn.jar',
  'spark.yarn.jars',
  'spark.yarn.archive',
  'livy.rsc.server.idle-timeout',
];

export interface StartLocalServerOptions {
  /** Explicit port: an error if busy. Default: 8998 when free, else any free port. */
  port?: number;
  /** Absolute paths of the directories Livy may read local files from. */
  whitelist: string[];
  env: Env;
  onProgress?: OnProgress;
  /** The Livy release to run. Default: the newest supported. */
  livyVersion?: LivyVersion;
  /** A Livy binary distribution to import (else `$LIVY_LOCAL_DIST`). */
  distribution?: string;
  /** A Livy source release to build when none is provisioned (else `$LIVY_LOCAL_SOURCE`). */
  source?: string;
  /** How long to wait for GET /version. Default 180 s. */
  startTimeoutMs?: number;
  /** Extra livy.conf settings (other server profiles: TLS, LDAP…). */
  livyConf?: Record<string, string>;
  /** Extra JVM options for the server. */
  javaOptions?: string[];
  /** Classpath entries after LIVY_CONF_DIR (a YARN cluster's HADOOP_CONF_DIR). */
  classpath?: string[];
  /**
   * Environment set last, over the inherited one (a YARN cluster's HADOOP_CONF_DIR, SPARK_CONF_DIR);
   * a variable given as undefined is removed.
   */
  serverEnv?: Record<string, string | undefined>;
  /** Stops waiting for the server (which is then stopped) with the signal's reason. */
  signal?: AbortSignal;
}

export interface LocalServerInfo extends LocalServerState {
  /** True when an already running server was reused instead of starting one. */
  reused: boolean;
}

export interface LivyVersionInfo {
  version: string;
  [key: string]: unknown;
}

/** GET /version, or undefined when the server does not answer (within timeoutMs). */
export async function fetchLivyVersion(url: string, timeoutMs = 2000): Promise<LivyVersionInfo | undefined> {
  try {
    const res = await fetch(`${url.replace(/\/+$/, '')}/version`, { signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok) return undefined;
    const body = (await res.json()) as LivyVersionInfo;
    return typeof body?.version === 'string' ? body : undefined;
  } catch {
    return undefined;
  }
}

/** The whitelist's absolute entries, each with its real path too (Livy compares paths textually). */
function normalizeWhitelist(dirs: string[]): string[] {
  const out: string[] = [];
  for (const abs of dirs) {
    if (!isAbsolute(abs)) throw new Error(`whitelist entries must be absolute paths: ${abs}`);
    out.push(abs);
    try {
      const real = realpathSync(abs);
      if (real !== abs) out.push(real);
    } catch {
      /* does not exist (yet): keep as given */
    }
  }
  return [...new Set(out)];
}

async function choosePort(requested: number | undefined): Promise<number> {
  if (requested !== undefined) {
    if (!(await isPortFree(requested))) {
      throw new LocalServerError(`port ${requested} is already in use on 127.0.0.1: choose another with --port`, 'port-in-use');
    }
    return requested;
  }
  return (await isPortFree(DEFAULT_PORT)) ? DEFAULT_PORT : findFreePort();
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Provisions (once) and starts a real Livy server on 127.0.0.1 in the background, then waits
 * until it answers GET /version. Reuses a server that is already running for this run dir.
 */
export async function startLocalServer(options: StartLocalServerOptions): Promise<LocalServerInfo> {
  const env = options.env;
  const onProgress = options.onProgress ?? noProgress;
  // A second `livy local start` for the same run dir waits, then finds this one running and reuses it.
  return withProvisionLock(
    localPaths(env).runDir,
    { step: 'lock', waitingMessage: 'waiting for another `livy local start` to finish', onProgress, signal: options.signal },
    () => startLocked(options, env, onProgress),
  );
}

async function startLocked(options: StartLocalServerOptions, env: Env, onProgress: OnProgress): Promise<LocalServerInfo> {
  const p = localPaths(env);
  const wanted = options.livyVersion ?? LIVY_VERSION;

  const check = checkStateFile(env);
  if (check.kind === 'running') {
    const s = check.state;
    if (s.livyVersion !== wanted && options.livyVersion !== undefined) {
      throw new LocalServerError(
        `a local Livy ${s.livyVersion} is already running on port ${s.port} (pid ${s.pid}); stop it first to run Livy ${wanted}`,
        'port-in-use',
      );
    }
    if (options.port !== undefined && options.port !== s.port) {
      throw new LocalServerError(
        `a local Livy is already running on port ${s.port} (pid ${s.pid}); stop it first to use port ${options.port}`,
        'port-in-use',
      );
    }
    await waitUntilReady(s, options.startTimeoutMs ?? 180_000, onProgress, options.signal);
    onProgress({ step: 'ready', message: `reusing the local Livy at ${s.url} (pid ${s.pid})`, done: true });
    return { ...s, reused: true };
  }
  if (check.kind === 'stale') {
    onProgress({ step: 'cleanup', message: `removing stale local server state: ${check.reason}` });
    removeStateFile(env);
  }

  onProgress({ step: 'check', message: 'checking Java and Python' });
  const java = await checkJava(env);
  const spark = await provisionSpark({ env, onProgress, signal: options.signal });
  const livy = await provisionLivy({
    env,
    onProgress,
    version: wanted,
    distribution: options.distribution,
    source: options.source,
    signal: options.signal,
  });

  const port = await choosePort(options.port);
  const url = `http://127.0.0.1:${port}`;
  const whitelist = normalizeWhitelist(options.whitelist);

  for (const d of [p.confDir, p.logDir, p.stagingDir]) mkdirSync(d, { recursive: true });
  writeFileSync(join(p.confDir, 'livy.conf'), renderLivyConf({ port, whitelist, stagingDir: p.stagingDir, extra: options.livyConf }));
  const log4j = join(livy.livyHome, 'conf', 'log4j.properties');
  if (existsSync(log4j)) copyFileSync(log4j, join(p.confDir, 'log4j.properties'));
  else writeFileSync(join(p.confDir, 'log4j.properties'), LOG4J_PROPERTIES);
  writeFileSync(join(p.confDir, 'spark-blacklist.conf'), SPARK_BLACKLIST.join('\n') + '\n');
  if (existsSync(p.serverLog)) renameSync(p.serverLog, `${p.serverLog}.1`);

  const args = [
    ...livyJavaOptions(options.javaOptions),
    `-D${RUN_DIR_PROPERTY}=${p.runDir}`,
    '-cp',
    [join(livy.livyHome, 'jars', '*'), p.confDir, ...(options.classpath ?? [])].join(':'),
    LIVY_MAIN_CLASS,
  ];
  const childEnv: Record<string, string> = {
    ...(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)) as Record<string, string>),
    LIVY_HOME: livy.livyHome,
    LIVY_CONF_DIR: p.confDir,
    LIVY_LOG_DIR: p.logDir,
    SPARK_HOME: spark.sparkHome,
    // Livy and spark-submit otherwise run `python`, which Debian does not have.
    PYSPARK_PYTHON: spark.python,
    PYSPARK_DRIVER_PYTHON: spark.python,
    // Keep drivers (and their UIs) on loopback instead of the machine's first interface.
    SPARK_LOCAL_IP: '127.0.0.1',
    SPARK_LOCAL_HOSTNAME: 'localhost',
  };
  if (java.javaHome) childEnv.JAVA_HOME = java.javaHome;
  // A SPARK_CONF_DIR from the user's cluster setup would point local drivers at that cluster.
  delete childEnv.SPARK_CONF_DIR;
  delete childEnv.HADOOP_CONF_DIR;
  delete childEnv.YARN_CONF_DIR;
  for (const [name, value] of Object.entries(options.serverEnv ?? {})) {
    if (value === undefined) delete childEnv[name];
    else childEnv[name] = value;
  }

  onProgress({ step: 'start', message: `starting Livy ${livy.livyVersion} on ${url}` });
  const logFd = openSync(p.serverLog, 'a');
  let child;
  try {
    // detached: its own session and process group, so stop can signal it and every Spark driver it starts.
    child = spawn(java.java, args, { cwd: p.runDir, env: childEnv, detached: true, stdio: ['ignore', logFd, logFd] });
  } finally {
    closeSync(logFd);
  }
  const pid = child.pid;
  if (pid === undefined) throw new LocalServerError(`could not start ${java.java}`, 'exited');
  child.unref();

  const state: LocalServerState = {
    pid,
    port,
    url,
    whitelist,
    livyVersion: livy.livyVersion,
    pysparkVersion: spark.pysparkVersion,
    sparkHome: spark.sparkHome,
    python: spark.python,
    logFile: p.serverLog,
    runDir: p.runDir,
    startedAt: new Date().toISOString(),
  };
  writeStateFile(state, env);
  try {
    await waitUntilReady(state, options.startTimeoutMs ?? 180_000, onProgress, options.signal);
  } catch (err) {
    await killServerProcesses(pid, 5_000);
    removeStateFile(env);
    throw err;
  }
  onProgress({ step: 'ready', message: `Livy is ready at ${url}`, done: true });
  return { ...state, reused: false };
}

async function waitUntilReady(
  state: LocalServerState,
  timeoutMs: number,
  onProgress: OnProgress,
  signal: AbortSignal | undefined,
): Promise<void> {
  onProgress({ step: 'wait', message: `waiting for ${state.url}/version` });
  const deadline = Date.now() + timeoutMs;
  let delay = 200;
  while (Date.now() < deadline) {
    if (signal?.aborted) throw signal.reason;
    if (await fetchLivyVersion(state.url, 2000)) return;
    if (!isPidAlive(state.pid)) {
      throw new LocalServerError(`the Livy server exited during start-up; see ${state.logFile}`, 'exited', tailFile(state.logFile, 30));
    }
    await sleep(delay);
    delay = Math.min(1000, delay * 1.5);
  }
  throw new LocalServerError(
    `the Livy server did not answer ${state.url}/version within ${Math.round(timeoutMs / 1000)} s; see ${state.logFile}`,
    'start-timeout',
    tailFile(state.logFile, 30),
  );
}

/** SIGTERM the server's session (server, spark-submit, drivers, Python workers), SIGKILL after the grace period. */
async function killServerProcesses(pid: number, graceMs: number): Promise<boolean> {
  const initial = sessionProcesses(pid);
  signalAll(pid, initial, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (sessionProcesses(pid).filter(isPidAlive).length === 0 && !isPidAlive(pid)) return true;
    await sleep(200);
  }
  const left = [...new Set([...initial, ...sessionProcesses(pid)])].filter(isPidAlive);
  signalAll(pid, left, 'SIGKILL');
  await sleep(300);
  return !isPidAlive(pid);
}

export interface StopLocalServerOptions {
  env: Env;
  onProgress?: OnProgress;
  /** Time between SIGTERM and SIGKILL. Default 15 s. */
  graceMs?: number;
}

export interface StopResult {
  /** True when a running server was stopped; false when none was running. */
  stopped: boolean;
  pid?: number;
  url?: string;
}

export async function stopLocalServer(options: StopLocalServerOptions): Promise<StopResult> {
  const env = options.env;
  const onProgress = options.onProgress ?? noProgress;
  const check = checkStateFile(env);
  if (check.kind === 'none') return { stopped: false };
  if (check.kind === 'stale') {
    onProgress({ step: 'cleanup', message: `removing stale local server state: ${check.reason}` });
    removeStateFile(env);
    return { stopped: false };
  }
  const { pid, url } = check.state;
  onProgress({ step: 'stop', message: `stopping the local Livy at ${url} (pid ${pid})` });
  const ok = await killServerProcesses(pid, options.graceMs ?? 15_000);
  if (!ok) throw new LocalServerError(`could not stop process ${pid}`, 'stop-failed');
  removeStateFile(env);
  onProgress({ step: 'stop', message: 'stopped', done: true });
  return { stopped: true, pid, url };
}

export interface LocalServerStatus {
  running: boolean;
  /** Running and answering GET /version. */
  responding: boolean;
  url?: string;
  pid?: number;
  port?: number;
  /** From GET /version when responding, else the recorded one. */
  livyVersion?: string;
  pysparkVersion?: string;
  sparkHome?: string;
  whitelist?: string[];
  startedAt?: string;
  logFile: string;
  /** Set when a state file was found but its process is gone (not removed by status). */
  stale?: string;
}

export async function localServerStatus(options: { env: Env }): Promise<LocalServerStatus> {
  const env = options.env;
  const logFile = localPaths(env).serverLog;
  const check = checkStateFile(env);
  if (check.kind === 'none') return { running: false, responding: false, logFile };
  if (check.kind === 'stale') return { running: false, responding: false, logFile, stale: check.reason };
  const s = check.state;
  const version = await fetchLivyVersion(s.url, 3000);
  return {
    running: true,
    responding: version !== undefined,
    url: s.url,
    pid: s.pid,
    port: s.port,
    livyVersion: version?.version ?? s.livyVersion,
    pysparkVersion: s.pysparkVersion,
    sparkHome: s.sparkHome,
    whitelist: s.whitelist,
    startedAt: s.startedAt,
    logFile: s.logFile,
  };
}
