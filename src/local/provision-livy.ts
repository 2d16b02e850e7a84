import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { LivyUnavailableError, LocalProvisionError } from './errors.js';
import { execCapture, lastLines } from './exec.js';
import { listFiles, readJson, writeFileAtomic } from './fs-util.js';
import { renderLivyPoms } from './livy-pom.js';
import { localPaths, type LocalPaths } from './paths.js';
import { checkMaven, checkPython } from './prerequisites.js';
import { noProgress, type OnProgress } from './progress.js';
import { LIVY_VERSION, SCALA_BINARY_VERSION } from './versions.js';

type Env = Record<string, string | undefined>;

export interface LivyInstall {
  /** LIVY_HOME: holds jars/, rsc-jars/, repl_2.12-jars/, conf/. */
  livyHome: string;
  livyVersion: string;
  /** Where the jars came from: resolved with Maven, or imported from a binary distribution. */
  source: 'maven' | 'distribution';
  /** The distribution path when source is 'distribution'. */
  distribution?: string;
}

export const LOG4J_PROPERTIES = `# Written by livy-cli (livy local). Livy 0.9 logs through reload4j (log4j 1.x syntax).
log4j.rootCategory=INFO, console
log4j.appender.console=org.apache.log4j.ConsoleAppender
log4j.appender.console.target=System.err
log4j.appender.console.layout=org.apache.log4j.PatternLayout
log4j.appender.console.layout.ConversionPattern=%d{yy/MM/dd HH:mm:ss} %p %c{1}: %m%n
log4j.logger.org.eclipse.jetty=WARN
log4j.logger.org.apache.hadoop.util.NativeCodeLoader=ERROR
`;

/** Problems with an assembled layout; empty when it is usable. */
export function checkLivyLayout(dirs: { jars: string; rscJars: string; replJars: string }): string[] {
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

/** The provisioned Livy, if the marker says it is complete. */
export function installedLivy(env: Env = process.env): LivyInstall | undefined {
  const p = localPaths(env);
  const marker = readJson<LivyInstall>(p.livyMarker);
  if (!marker || marker.livyVersion !== LIVY_VERSION) return undefined;
  if (checkLivyLayout({ jars: p.livyJars, rscJars: p.rscJars, replJars: p.replJars }).length) return undefined;
  return marker;
}

export interface ProvisionLivyOptions {
  env?: Env;
  onProgress?: OnProgress;
  /**
   * A Livy 0.9 binary distribution to import instead of resolving with Maven: the unpacked
   * `apache-livy-0.9.0-incubating_2.12-bin` directory or its .zip. Defaults to `$LIVY_LOCAL_DIST`,
   * then to `<home>/dist/apache-livy-0.9.0-incubating_2.12-bin.zip` when that file exists.
   */
  distribution?: string;
}

/**
 * Assembles Livy's runnable layout in the cache (idempotent; the marker is written last).
 * From `distribution`/`$LIVY_LOCAL_DIST` when given, else from Maven Central.
 */
export async function provisionLivy(options: ProvisionLivyOptions = {}): Promise<LivyInstall> {
  const env = options.env ?? process.env;
  const onProgress = options.onProgress ?? noProgress;
  const existing = installedLivy(env);
  if (existing) return existing;
  const p = localPaths(env);
  const dropped = join(p.home, 'dist', `apache-livy-${LIVY_VERSION}_${SCALA_BINARY_VERSION}-bin.zip`);
  const distribution = options.distribution ?? env.LIVY_LOCAL_DIST ?? (existsSync(dropped) ? dropped : undefined);

  for (const d of [p.livyJars, p.rscJars, p.replJars]) rmSync(d, { recursive: true, force: true });
  mkdirSync(p.livyDir, { recursive: true });

  let install: LivyInstall;
  if (distribution) {
    install = await importDistribution(resolve(distribution), p, env, onProgress);
  } else {
    await resolveWithMaven(p, env, onProgress);
    install = { livyHome: p.livyDir, livyVersion: LIVY_VERSION, source: 'maven' };
  }

  onProgress({ step: 'layout', message: 'checking the Livy layout' });
  const problems = checkLivyLayout({ jars: p.livyJars, rscJars: p.rscJars, replJars: p.replJars });
  if (problems.length) {
    throw new LocalProvisionError(`the assembled Livy layout in ${p.livyDir} is not usable: ${problems.join('; ')}`);
  }
  mkdirSync(p.livyConfTemplateDir, { recursive: true });
  writeFileSync(join(p.livyConfTemplateDir, 'log4j.properties'), LOG4J_PROPERTIES);
  writeFileAtomic(p.livyMarker, JSON.stringify(install, null, 2) + '\n');
  onProgress({ step: 'layout', message: `Livy ${LIVY_VERSION} ready in ${p.livyDir}`, done: true });
  return install;
}

/** "Downloaded from central: https://…/x.jar (1.2 MB at 3.4 MB/s)" → bytes. */
export function parseMavenDownloaded(line: string): { artifact: string; bytes: number } | undefined {
  const m = /Downloaded from [^:]+: (\S+) \(([\d.]+) (B|kB|KB|MB|GB)/.exec(line);
  if (!m) return undefined;
  const scale = { B: 1, kB: 1e3, KB: 1e3, MB: 1e6, GB: 1e9 }[m[3] as 'B' | 'kB' | 'KB' | 'MB' | 'GB'];
  return { artifact: m[1]!.replace(/^.*\//, ''), bytes: Math.round(Number(m[2]) * scale) };
}

async function resolveWithMaven(p: LocalPaths, env: Env, onProgress: OnProgress): Promise<void> {
  const mvn = await checkMaven(env);
  const poms = renderLivyPoms({ jars: p.livyJars, rscJars: p.rscJars, replJars: p.replJars });
  const dir = join(p.livyDir, 'maven');
  rmSync(dir, { recursive: true, force: true });
  for (const m of ['server', 'rsc', 'repl'] as const) {
    mkdirSync(join(dir, m), { recursive: true });
    writeFileSync(join(dir, m, 'pom.xml'), poms[m]);
  }
  writeFileSync(join(dir, 'pom.xml'), poms.parent);
  mkdirSync(p.mavenRepo, { recursive: true });

  onProgress({ step: 'maven', message: `resolving Livy ${LIVY_VERSION} jars with Maven` });
  let bytes = 0;
  const r = await execCapture(
    mvn,
    ['-B', '-ntp', '-f', join(dir, 'pom.xml'), `-Dmaven.repo.local=${p.mavenRepo}`, 'package'],
    {
      env: env as NodeJS.ProcessEnv,
      onLine: (line) => {
        const d = parseMavenDownloaded(line);
        if (d) {
          bytes += d.bytes;
          onProgress({ step: 'maven', message: `downloaded ${d.artifact}`, bytes });
        }
      },
    },
  );
  // -ntp hides transfer lines on Maven ≥ 3.6.1; without them we still report completion.
  if (r.code !== 0) {
    const out = r.stdout + r.stderr;
    const missing = /Could not (?:find|resolve) artifact (org\.apache\.livy:[^\s]+)/.exec(out);
    if (missing) {
      throw new LivyUnavailableError(
        `the Maven repository does not serve ${missing[1]}; set LIVY_LOCAL_DIST to an Apache Livy ${LIVY_VERSION} binary distribution (the _${SCALA_BINARY_VERSION} .zip or its unpacked directory), or put that .zip in ${join(p.home, 'dist')}`,
        lastLines(out, 30),
      );
    }
    throw new LocalProvisionError(`Maven could not assemble Livy ${LIVY_VERSION}`, lastLines(out, 30));
  }
  onProgress({ step: 'maven', message: 'Livy jars resolved', bytes, done: true });
}

async function importDistribution(dist: string, p: LocalPaths, env: Env, onProgress: OnProgress): Promise<LivyInstall> {
  if (!existsSync(dist)) throw new LocalProvisionError(`Livy distribution not found: ${dist}`);
  let root = dist;
  let tmp: string | undefined;
  if (statSync(dist).isFile()) {
    if (!/\.zip$/i.test(dist)) throw new LocalProvisionError(`unsupported Livy distribution (expected a .zip or a directory): ${dist}`);
    onProgress({ step: 'unpack', message: `unpacking ${basename(dist)}`, totalBytes: statSync(dist).size });
    const { python } = await checkPython(env);
    tmp = mkdtempSync(join(p.livyDir, '.unpack-'));
    const r = await execCapture(python, ['-m', 'zipfile', '-e', dist, tmp], { env: env as NodeJS.ProcessEnv });
    if (r.code !== 0) throw new LocalProvisionError(`could not unpack ${dist}`, lastLines(r.stderr, 20));
    root = tmp;
  }
  try {
    const home = findLivyHome(root);
    if (!home) throw new LocalProvisionError(`${dist} does not look like a Livy binary distribution (no jars/ with a livy-server jar)`);
    onProgress({ step: 'unpack', message: `importing Livy jars from ${home}` });
    const replName = `repl_${SCALA_BINARY_VERSION}-jars`;
    for (const [from, to] of [
      ['jars', p.livyJars],
      ['rsc-jars', p.rscJars],
      [replName, p.replJars],
    ] as const) {
      const src = join(home, from);
      if (!existsSync(src)) throw new LocalProvisionError(`${home} has no ${from}/ (a Scala ${SCALA_BINARY_VERSION} build is needed)`);
      cpSync(src, to, { recursive: true });
    }
    return { livyHome: p.livyDir, livyVersion: LIVY_VERSION, source: 'distribution', distribution: dist };
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

/** The directory (itself or one level below) that holds jars/livy-server-*.jar. */
function findLivyHome(root: string): string | undefined {
  const candidates = [root, ...listFiles(root).map((n) => join(root, n))];
  for (const c of candidates) {
    try {
      if (statSync(c).isDirectory() && readdirSync(join(c, 'jars')).some((f) => f.startsWith('livy-server-'))) return c;
    } catch {
      /* not it */
    }
  }
  return undefined;
}
