import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { LocalInputError, LocalProvisionError } from './errors.js';
import { execCapture, lastLines } from './exec.js';
import { listFiles } from './fs-util.js';
import type { LivyPaths } from './livy-paths.js';
import { checkPython } from './prerequisites.js';
import { noProgress, type OnProgress } from './progress.js';
import { SCALA_BINARY_VERSION } from './versions.js';

type Env = Record<string, string | undefined>;

export const LOG4J_PROPERTIES = `# Written by livy-cli (livy local). Livy logs through reload4j (log4j 1.x syntax).
log4j.rootCategory=INFO, console
log4j.appender.console=org.apache.log4j.ConsoleAppender
log4j.appender.console.target=System.err
log4j.appender.console.layout=org.apache.log4j.PatternLayout
log4j.appender.console.layout.ConversionPattern=%d{yy/MM/dd HH:mm:ss} %p %c{1}: %m%n
log4j.logger.org.eclipse.jetty=WARN
log4j.logger.org.apache.hadoop.util.NativeCodeLoader=ERROR
`;

export interface LayoutDirs {
  jars: string;
  rscJars: string;
  replJars: string;
}

/** Problems with an assembled layout; empty when it is usable. */
export function checkLivyLayout(dirs: LayoutDirs): string[] {
  const problems: string[] = [];
  const all = [dirs.jars, dirs.rscJars, dirs.replJars].flatMap((d) => listFiles(d).map((f) => `${basename(d)}/${f}`));
  const has = (dir: string, re: RegExp) => listFiles(dir).some((f) => re.test(f));
  if (!has(dirs.jars, /^livy-server-.*\.jar$/)) problems.push('jars/ has no livy-server jar');
  if (!has(dirs.jars, /^scala-library-2\.12\.\d+\.jar$/)) problems.push('jars/ has no scala-library 2.12 jar');
  if (!has(dirs.rscJars, /^livy-rsc-.*\.jar$/)) problems.push('rsc-jars/ has no livy-rsc jar');
  if (!has(dirs.replJars, new RegExp(`^livy-repl_${SCALA_BINARY_VERSION.replace('.', '\\.')}-.*\\.jar$`))) {
    problems.push(`repl_${SCALA_BINARY_VERSION}-jars/ has no livy-repl_${SCALA_BINARY_VERSION} jar`);
  }
  const scala211 = all.filter((f) => /_2\.11/.test(f) || /scala-(library|reflect)-2\.11/.test(f));
  if (scala211.length) problems.push(`Scala 2.11 jars remain: ${scala211.join(', ')}`);
  // Spark is provided by SPARK_HOME; a copy in jars/ would shadow it.
  const spark = listFiles(dirs.jars).filter((f) => /^spark-(core|sql|repl|hive)_/.test(f));
  if (spark.length) problems.push(`Spark jars must not be in jars/: ${spark.join(', ')}`);
  return problems;
}

/** The release a distribution holds, from its livy-server jar's name. */
function distributionVersion(jarsDir: string): string | undefined {
  const jar = listFiles(jarsDir).find((f) => /^livy-server-.+\.jar$/.test(f));
  return jar?.replace(/^livy-server-/, '').replace(/\.jar$/, '');
}

/**
 * Copies jars/, rsc-jars/ and repl_2.12-jars/ from a binary distribution (a .zip or its unpacked
 * directory) into `lp.dir`. The layout is assembled beside it and renamed into place, so `lp.dir`
 * is either the old complete layout or the new one; the caller writes the marker afterwards.
 */
export async function importDistribution(
  dist: string,
  lp: LivyPaths,
  env: Env,
  onProgress: OnProgress = noProgress,
  signal?: AbortSignal,
): Promise<void> {
  if (!existsSync(dist)) throw new LocalInputError(`Livy distribution not found: ${dist}`);
  mkdirSync(dirname(lp.dir), { recursive: true });
  const work = mkdtempSync(`${lp.dir}.importing-`);
  try {
    let root = dist;
    if (statSync(dist).isFile()) {
      if (!/\.zip$/i.test(dist)) throw new LocalInputError(`unsupported Livy distribution (expected a .zip or a directory): ${dist}`);
      onProgress({ step: 'unpack', message: `unpacking ${basename(dist)}`, totalBytes: statSync(dist).size });
      const { python } = await checkPython(env);
      root = join(work, 'unpacked');
      const r = await execCapture(python, ['-m', 'zipfile', '-e', dist, root], { env: env as NodeJS.ProcessEnv, signal });
      if (r.code !== 0) throw new LocalInputError(`${dist} is not a readable zip: ${lastLines(r.stderr, 1)}`);
    }
    const home = findLivyHome(root);
    if (!home) throw new LocalInputError(`${dist} is not a Livy binary distribution (no jars/ with a livy-server jar)`);
    const found = distributionVersion(join(home, 'jars'));
    if (found !== lp.version)
      throw new LocalInputError(
        `${dist} is Livy ${found}, not ${lp.version}: pass --livy-version ${found} or a ${lp.version} distribution`,
      );
    const replName = `repl_${SCALA_BINARY_VERSION}-jars`;
    for (const d of ['jars', 'rsc-jars', replName]) {
      if (!existsSync(join(home, d))) {
        throw new LocalInputError(
          `${dist} has no ${d}/: a Scala ${SCALA_BINARY_VERSION} binary distribution (…_${SCALA_BINARY_VERSION}-bin.zip) is needed`,
        );
      }
    }
    onProgress({ step: 'unpack', message: `importing Livy ${lp.version} jars` });
    const layout = join(work, 'layout');
    for (const d of ['jars', 'rsc-jars', replName]) cpSync(join(home, d), join(layout, d), { recursive: true });
    const problems = checkLivyLayout({ jars: join(layout, 'jars'), rscJars: join(layout, 'rsc-jars'), replJars: join(layout, replName) });
    if (problems.length) throw new LocalInputError(`${dist} is not a usable Livy distribution: ${problems.join('; ')}`);
    mkdirSync(join(layout, 'conf'), { recursive: true });
    writeFileSync(join(layout, 'conf', 'log4j.properties'), LOG4J_PROPERTIES);
    rmSync(lp.dir, { recursive: true, force: true });
    renameSync(layout, lp.dir);
  } catch (error) {
    if (error instanceof LocalInputError || error instanceof LocalProvisionError) throw error;
    if (signal?.aborted) throw signal.reason;
    throw new LocalProvisionError(`could not import ${dist}: ${(error as Error).message}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The directory (itself or one level below) that holds jars/livy-server-*.jar. */
function findLivyHome(root: string): string | undefined {
  for (const c of [root, ...listFiles(root).map((n) => join(root, n))]) {
    try {
      if (statSync(c).isDirectory() && readdirSync(join(c, 'jars')).some((f) => f.startsWith('livy-server-'))) return c;
    } catch {
      /* not it */
    }
  }
  return undefined;
}
