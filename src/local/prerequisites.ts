import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LocalPrerequisiteError } from './errors.js';
import { execCapture } from './exec.js';
import { MIN_JAVA_MAJOR } from './versions.js';

type Env = Record<string, string | undefined>;

/**
 * The Java major version in `java -version` output: `openjdk version "17.0.15"` → 17,
 * `java version "1.8.0_292"` → 8, `openjdk version "21" 2023-09-19` → 21. Undefined if absent.
 */
export function parseJavaVersion(output: string): number | undefined {
  const m = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(output);
  if (!m) return undefined;
  const first = Number(m[1]);
  return first === 1 && m[2] !== undefined ? Number(m[2]) : first;
}

/** `java.home = /usr/lib/jvm/...` from `java -XshowSettings:properties -version`. */
export function parseJavaHome(output: string): string | undefined {
  const m = /^\s*java\.home = (.+)$/m.exec(output);
  return m?.[1]?.trim();
}

/** Python `sys.version_info[:2]` as "3.11" → [3, 11]. */
export function parsePythonVersion(output: string): [number, number] | undefined {
  const m = /(\d+)\.(\d+)/.exec(output);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

export interface JavaInfo {
  /** The java executable used to run Livy. */
  java: string;
  major: number;
  /** java.home of that runtime (passed to Spark as JAVA_HOME). */
  javaHome?: string;
}

/** `$JAVA_HOME/bin/java` when JAVA_HOME is set and has one, else `java` from PATH. */
function javaExecutable(env: Env): string {
  if (env.JAVA_HOME) {
    const candidate = join(env.JAVA_HOME, 'bin', 'java');
    if (existsSync(candidate)) return candidate;
  }
  return 'java';
}

export async function checkJava(env: Env): Promise<JavaInfo> {
  const java = javaExecutable(env);
  let out: string;
  try {
    const r = await execCapture(java, ['-XshowSettings:properties', '-version'], { env: env as NodeJS.ProcessEnv });
    out = r.stderr + r.stdout;
  } catch {
    throw new LocalPrerequisiteError(
      `Java ${MIN_JAVA_MAJOR} or newer is required (no java found): install openjdk-${MIN_JAVA_MAJOR}-jre-headless or set JAVA_HOME`,
    );
  }
  const major = parseJavaVersion(out);
  if (major === undefined) {
    throw new LocalPrerequisiteError(
      `Could not read the Java version from '${java} -version': install openjdk-${MIN_JAVA_MAJOR}-jre-headless`,
    );
  }
  if (major < MIN_JAVA_MAJOR) {
    throw new LocalPrerequisiteError(
      `Java ${MIN_JAVA_MAJOR} or newer is required (found ${major}): install openjdk-${MIN_JAVA_MAJOR}-jre-headless or point JAVA_HOME at a newer JDK`,
    );
  }
  return { java, major, javaHome: parseJavaHome(out) };
}

export interface PythonInfo {
  python: string;
  version: string;
}

/** python3 ≥ 3.8 with the venv module and ensurepip (Debian splits the latter into python3-venv). */
export async function checkPython(env: Env): Promise<PythonInfo> {
  const python = env.LIVY_LOCAL_PYTHON || 'python3';
  let r;
  try {
    r = await execCapture(python, ['-c', 'import sys, venv, ensurepip; print("%d.%d" % sys.version_info[:2])'], {
      env: env as NodeJS.ProcessEnv,
    });
  } catch {
    throw new LocalPrerequisiteError('Python 3.8 or newer is required (no python3 found): install python3 and python3-venv');
  }
  if (r.code !== 0) {
    throw new LocalPrerequisiteError(`${python} lacks the venv/ensurepip modules: install python3-venv`);
  }
  const v = parsePythonVersion(r.stdout);
  if (!v || v[0] < 3 || (v[0] === 3 && v[1] < 8)) {
    throw new LocalPrerequisiteError(`Python 3.8 or newer is required for pyspark (found ${r.stdout.trim()}): install python3`);
  }
  return { python, version: `${v[0]}.${v[1]}` };
}

/** Maven is needed only when Livy's jars are resolved from a Maven repository. */
export async function checkMaven(env: Env): Promise<string> {
  const mvn = env.LIVY_LOCAL_MVN || 'mvn';
  try {
    const r = await execCapture(mvn, ['-v'], { env: env as NodeJS.ProcessEnv });
    if (r.code === 0) return mvn;
  } catch {
    /* fall through */
  }
  throw new LocalPrerequisiteError('Apache Maven is required to download Livy: install maven');
}
