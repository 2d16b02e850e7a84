import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { PYSPARK_VERSION } from './versions.js';

type Env = Record<string, string | undefined>;

/**
 * Root of everything `livy local` keeps: `$LIVY_LOCAL_HOME`, else `$XDG_CACHE_HOME/livy-cli`,
 * else `~/.cache/livy-cli`. Downloads (pip cache, Maven repository) live here so that later
 * runs — and CI runs that keep this directory — are fast.
 */
export function localHome(env: Env): string {
  if (env.LIVY_LOCAL_HOME) return resolve(env.LIVY_LOCAL_HOME);
  const base = env.XDG_CACHE_HOME ? resolve(env.XDG_CACHE_HOME) : join(env.HOME || homedir(), '.cache');
  return join(base, 'livy-cli');
}

/**
 * Directory holding the running server's state (server.json, generated conf, logs). Defaults to
 * `<home>/run`; `$LIVY_LOCAL_RUN_DIR` moves it elsewhere so a test run can have its own server
 * while sharing the provisioned (cached) Spark and Livy.
 */
export function localRunDir(env: Env): string {
  return env.LIVY_LOCAL_RUN_DIR ? resolve(env.LIVY_LOCAL_RUN_DIR) : join(localHome(env), 'run');
}

export interface LocalPaths {
  home: string;
  /** pip's download cache. */
  pipCache: string;
  /** Maven local repository (kept inside the cache so one directory holds every download). */
  mavenRepo: string;
  /** The pyspark install: a venv. */
  sparkDir: string;
  venv: string;
  venvPython: string;
  sparkMarker: string;
  /** Where Livy copies uploaded files for sessions (must be whitelisted). */
  stagingDir: string;
  runDir: string;
  /** LIVY_CONF_DIR of the running server: livy.conf, log4j.properties, spark-blacklist.conf. */
  confDir: string;
  logDir: string;
  serverLog: string;
  stateFile: string;
}

export function localPaths(env: Env): LocalPaths {
  const home = localHome(env);
  const sparkDir = join(home, `pyspark-${PYSPARK_VERSION}`);
  const venv = join(sparkDir, 'venv');
  const runDir = localRunDir(env);
  const logDir = join(runDir, 'logs');
  return {
    home,
    pipCache: join(home, 'pip-cache'),
    mavenRepo: join(home, 'm2'),
    sparkDir,
    venv,
    venvPython: join(venv, 'bin', 'python'),
    sparkMarker: join(sparkDir, '.provisioned.json'),
    stagingDir: join(home, 'staging'),
    runDir,
    confDir: join(runDir, 'conf'),
    logDir,
    serverLog: join(logDir, 'livy-server.log'),
    stateFile: join(runDir, 'server.json'),
  };
}
