// Starts one differently configured real Livy (TLS, LDAP, Kerberos) for the secured e2e tests, reusing
// the provisioning, conf rendering and JVM options of src/local. It cannot use startLocalServer as
// is: that waits for an unauthenticated http GET /version, which a TLS or secured server never
// answers with 200. Each server gets its own run dir and port, never the suite's default one.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { livyJavaOptions } from '../../../src/local/java-options.js';
import { renderLivyConf } from '../../../src/local/livy-conf.js';
import { findFreePort } from '../../../src/local/port.js';
import { checkJava } from '../../../src/local/prerequisites.js';
import { LOG4J_PROPERTIES } from '../../../src/local/livy-import.js';
import { provisionLivy } from '../../../src/local/provision-livy.js';
import { provisionSpark } from '../../../src/local/provision-spark.js';
import { SPARK_BLACKLIST } from '../../../src/local/server.js';
import { LIVY_MAIN_CLASS } from '../../../src/local/state.js';

export interface SecuredLivy {
  url: string;
  port: number;
  logFile: string;
  runDir: string;
  stop(): Promise<void>;
}

export interface SecuredLivyOptions {
  scheme: 'http' | 'https';
  /** Host in the URL (Kerberos needs `localhost` to match HTTP/localhost). */
  host?: string;
  livyConf: Record<string, string>;
  javaOptions?: string[];
  /** Extra environment for the server process (e.g. KRB5_CONFIG). */
  env?: Record<string, string>;
  startTimeoutMs?: number;
}

/** Any HTTP answer (401 included) means the server is up. */
function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = url.startsWith('https:') ? httpsRequest : httpRequest;
    const req = request(`${url}/version`, { rejectUnauthorized: false, timeout: 2000 }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
    req.end();
  });
}

export async function startSecuredLivy(options: SecuredLivyOptions): Promise<SecuredLivy> {
  const env = process.env;
  const java = await checkJava(env);
  const spark = await provisionSpark({ env });
  const livy = await provisionLivy({ env });
  const port = await findFreePort();
  const runDir = mkdtempSync(join(tmpdir(), 'livy-secured-'));
  const confDir = join(runDir, 'conf');
  const logDir = join(runDir, 'logs');
  const stagingDir = join(runDir, 'staging');
  for (const d of [confDir, logDir, stagingDir]) mkdirSync(d, { recursive: true });
  writeFileSync(join(confDir, 'livy.conf'), renderLivyConf({ port, whitelist: [tmpdir()], stagingDir, extra: options.livyConf }));
  const log4j = join(livy.livyHome, 'conf', 'log4j.properties');
  if (existsSync(log4j)) copyFileSync(log4j, join(confDir, 'log4j.properties'));
  else writeFileSync(join(confDir, 'log4j.properties'), LOG4J_PROPERTIES);
  writeFileSync(join(confDir, 'spark-blacklist.conf'), SPARK_BLACKLIST.join('\n') + '\n');
  const logFile = join(logDir, 'livy-server.log');
  const fd = openSync(logFile, 'a');
  const child = spawn(
    java.java,
    [...livyJavaOptions(options.javaOptions), '-cp', `${join(livy.livyHome, 'jars', '*')}:${confDir}`, LIVY_MAIN_CLASS],
    {
      cwd: runDir,
      detached: true,
      stdio: ['ignore', fd, fd],
      env: {
        ...(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)) as Record<string, string>),
        LIVY_HOME: livy.livyHome,
        LIVY_CONF_DIR: confDir,
        LIVY_LOG_DIR: logDir,
        SPARK_HOME: spark.sparkHome,
        PYSPARK_PYTHON: spark.python,
        PYSPARK_DRIVER_PYTHON: spark.python,
        SPARK_LOCAL_IP: '127.0.0.1',
        SPARK_LOCAL_HOSTNAME: 'localhost',
        ...(java.javaHome ? { JAVA_HOME: java.javaHome } : {}),
        ...options.env,
      },
    },
  );
  closeSync(fd);
  const pid = child.pid!;
  let exited = false;
  child.on('exit', () => (exited = true));
  const url = `${options.scheme}://${options.host ?? '127.0.0.1'}:${port}`;
  const stop = async () => {
    if (exited) return;
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      return;
    }
    for (let i = 0; i < 50 && !exited; i++) await new Promise((r) => setTimeout(r, 200));
    if (!exited) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
  };
  const deadline = Date.now() + (options.startTimeoutMs ?? 180_000);
  while (!(await answers(url))) {
    if (exited || Date.now() > deadline) {
      await stop();
      const tail = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n') : '';
      throw new Error(`the secured Livy (${url}) did not start; log ${logFile}:\n${tail}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { url, port, logFile, runDir, stop };
}

/** True when the cached Livy distribution and Spark are there, or can be provisioned (the suite's global setup did it). */
