import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, renameSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { LocalServerError } from '../errors.js';
import { LIVY_JAVA17_EXPORTS, LIVY_JAVA17_OPENS } from '../java-options.js';
import { hasArgument, isPidAlive, processCommandLine } from '../processes.js';
import { RUN_DIR_PROPERTY } from '../state.js';
import { DAEMONS, type DaemonName } from './daemons.js';
import type { HadoopPaths } from './hadoop-paths.js';
import { descendantsOf, isRunning } from './process-tree.js';

/** A system property naming the daemon on its command line, so a recycled pid is never taken for it. */
const DAEMON_PROPERTY = 'livycli.daemon';

/**
 * Small heaps, the serial collector and C1 only: four daemons share two cores and 24 GiB with
 * Livy, Spark drivers and a test suite; none of them needs peak throughput.
 */
export function daemonJavaOptions(name: DaemonName, paths: HadoopPaths, runDir: string): string[] {
  return [
    '-XX:+IgnoreUnrecognizedVMOptions',
    ...LIVY_JAVA17_OPENS.map((p) => `--add-opens=${p}=ALL-UNNAMED`),
    ...LIVY_JAVA17_EXPORTS.map((p) => `--add-exports=${p}=ALL-UNNAMED`),
    `-Xmx${DAEMONS[name].heapMb}m`,
    '-XX:+UseSerialGC',
    '-XX:TieredStopAtLevel=1',
    '-Djava.net.preferIPv4Stack=true',
    `-D${RUN_DIR_PROPERTY}=${runDir}`,
    `-D${DAEMON_PROPERTY}=${name}`,
    `-Dhadoop.log.dir=${paths.logDir}`,
    `-Dhadoop.home.dir=${paths.installDir}`,
    `-Dyarn.log.dir=${paths.logDir}`,
  ];
}

/** The daemon's classpath: its conf first, then the UI files, then every jar. */
export function daemonClasspath(paths: HadoopPaths): string {
  return [paths.confDir, paths.webDir, join(paths.jarsDir, '*')].join(':');
}

export function daemonLogFile(paths: HadoopPaths, name: DaemonName): string {
  return join(paths.logDir, `${name}.log`);
}

/** Environment of every daemon (and, through the NodeManager, of every container). */
export function daemonEnv(
  paths: HadoopPaths,
  env: Record<string, string | undefined>,
  javaHome: string | undefined,
): Record<string, string> {
  const out = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)) as Record<string, string>;
  // A user's cluster setup must not leak into this one.
  for (const k of ['SPARK_CONF_DIR', 'YARN_CONF_DIR', 'HADOOP_HOME', 'HADOOP_OPTS', 'CLASSPATH']) delete out[k];
  out.HADOOP_CONF_DIR = paths.confDir;
  out.SPARK_LOCAL_IP = '127.0.0.1';
  if (javaHome) out.JAVA_HOME = javaHome;
  return out;
}

/** Starts a daemon in the background (own session), its output appended to its log file. */
export function spawnDaemon(name: DaemonName, java: string, paths: HadoopPaths, runDir: string, env: Record<string, string>): number {
  mkdirSync(paths.logDir, { recursive: true });
  const log = daemonLogFile(paths, name);
  if (existsSync(log)) renameSync(log, `${log}.1`);
  const args = [...daemonJavaOptions(name, paths, runDir), '-cp', daemonClasspath(paths), DAEMONS[name].mainClass];
  const fd = openSync(log, 'a');
  try {
    const child = spawn(java, args, { cwd: paths.clusterDir, env, detached: true, stdio: ['ignore', fd, fd] });
    if (child.pid === undefined) throw new LocalServerError(`could not start the ${name} (${java})`, 'exited');
    child.unref();
    return child.pid;
  } finally {
    closeSync(fd);
  }
}

/** Whether `pid` runs this daemon of this run dir (not a recycled pid). */
export function isOurDaemon(pid: number, name: DaemonName, runDir: string): boolean {
  if (!isPidAlive(pid)) return false;
  const cmd = processCommandLine(pid);
  if (cmd === undefined) return true;
  return hasArgument(cmd, `-D${DAEMON_PROPERTY}=${name}`) && hasArgument(cmd, `-D${RUN_DIR_PROPERTY}=${runDir}`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function kill(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    /* gone */
  }
}

/** SIGTERM, then SIGKILL each still alive after `graceMs`; resolves when all are gone (or after 5 s more). */
export async function terminate(pids: number[], graceMs: number): Promise<boolean> {
  for (const pid of pids) kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && pids.some(isRunning)) await sleep(200);
  for (const pid of pids.filter(isRunning)) kill(pid, 'SIGKILL');
  const hard = Date.now() + 5_000;
  while (Date.now() < hard && pids.some(isRunning)) await sleep(100);
  return !pids.some(isRunning);
}

/**
 * Stops a daemon: SIGTERM, SIGKILL after its grace period, then whatever it had started
 * (containers run in sessions of their own and would outlive a killed NodeManager).
 */
export async function stopDaemon(pid: number, name: DaemonName, graceMs = DAEMONS[name].graceSeconds * 1000): Promise<boolean> {
  const seen = new Set<number>(descendantsOf(pid));
  kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && isRunning(pid)) {
    for (const d of descendantsOf(pid)) seen.add(d);
    await sleep(200);
  }
  if (isRunning(pid)) {
    for (const d of descendantsOf(pid)) seen.add(d);
    kill(pid, 'SIGKILL');
  }
  const leftovers = [...seen].filter(isRunning);
  const ok = await terminate([pid, ...leftovers], 2_000);
  return ok;
}
