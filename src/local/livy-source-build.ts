import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { downloadFile } from './download-file.js';
import { LocalInputError, LocalProvisionError } from './errors.js';
import { execCapture, lastLines } from './exec.js';
import { listFiles } from './fs-util.js';
import { distributionFileName, type LivyPaths } from './livy-paths.js';
import { checkMaven, checkPython } from './prerequisites.js';
import { noProgress, type OnProgress } from './progress.js';
import { parseMavenDownloaded } from './maven-output.js';
import type { LivyVersion } from './versions.js';

type Env = Record<string, string | undefined>;

function sourceReleaseFileName(version: LivyVersion): string {
  return `apache-livy-${version}-src.tar.gz`;
}

/**
 * What `LIVY_LOCAL_SOURCE`/`--from-source` names, for one release: an http(s) URL or a file as
 * given, or — for a directory — the release's `-src.tar.gz` (or `-src.zip`) inside it, so that one
 * directory of source releases serves every version.
 */
export function sourceForVersion(given: string, version: LivyVersion): string {
  if (/^https?:\/\//i.test(given)) return given;
  if (existsSync(given) && statSync(given).isDirectory()) {
    const tgz = join(given, sourceReleaseFileName(version));
    const zip = tgz.replace(/\.tar\.gz$/, '.zip');
    if (existsSync(zip) && !existsSync(tgz)) return zip;
    if (!existsSync(tgz))
      throw new LocalInputError(`${given} holds no ${sourceReleaseFileName(version)} (the source release of Livy ${version})`);
    return tgz;
  }
  return given;
}

/** The Maven command line that builds the binary distribution, as Apache's release build does. */
export function mavenBuildArgs(mavenRepo: string): string[] {
  return [
    '-B',
    `-Dmaven.repo.local=${mavenRepo}`,
    '-Pspark3',
    '-Pscala-2.12',
    '-DskipTests',
    '-DskipITs',
    '-Dmaven.javadoc.skip=true',
    '-Drat.skip=true',
    '-Dcheckstyle.skip=true',
    '-Dscalastyle.skip=true',
    // Otherwise the build asks Apache's snapshot repository for a resource bundle.
    '-Dremoteresources.skip=true',
    '-pl',
    'assembly',
    '-am',
    'package',
  ];
}

/** "[INFO] Building Livy Project Parent POM 0.9.0-incubating  [1/16]" → module and position. */
export function parseMavenModule(line: string): { name: string; index: number; count: number } | undefined {
  const m = /\[INFO\] Building (.+?) \S+\s+\[(\d+)\/(\d+)\]/.exec(line);
  return m ? { name: m[1]!, index: Number(m[2]), count: Number(m[3]) } : undefined;
}

/** The release a source tree holds, from its top-level pom.xml; undefined when it is not Livy's. */
export function livySourceVersion(pomXml: string): string | undefined {
  const m = /<artifactId>livy-main<\/artifactId>\s*<version>([^<]+)<\/version>/.exec(pomXml);
  return m?.[1]?.trim();
}

export interface BuildFromSourceOptions {
  /** A path or http(s) URL to `apache-livy-<version>-src.tar.gz` or `.zip`. */
  source: string;
  env: Env;
  mavenRepo: string;
  onProgress?: OnProgress;
  signal?: AbortSignal;
}

/**
 * Unpacks a Livy source release into the cache, builds its binary distribution with the machine's
 * Maven (output to `lp.buildLog`), and moves the zip to `lp.distZip`. Returns that path. The build
 * tree is removed afterwards, whatever happened; the zip appears only when the build succeeded.
 */
export async function buildLivyFromSource(lp: LivyPaths, options: BuildFromSourceOptions): Promise<string> {
  const onProgress = options.onProgress ?? noProgress;
  const mvn = await checkMaven(options.env);
  rmSync(lp.buildDir, { recursive: true, force: true });
  mkdirSync(lp.buildDir, { recursive: true });
  try {
    const archive = await obtainArchive(lp, options, onProgress);
    const root = await unpackSource(archive, lp, options, onProgress);
    await runBuild(mvn, root, lp, options, onProgress);
    const built = join(root, 'assembly', 'target', distributionFileName(lp.version));
    if (!existsSync(built))
      throw new LocalProvisionError(`the Livy build finished but made no ${basename(built)}; full log: ${lp.buildLog}`);
    mkdirSync(dirname(lp.distZip), { recursive: true });
    renameSync(built, lp.distZip);
    return lp.distZip;
  } finally {
    rmSync(lp.buildDir, { recursive: true, force: true });
  }
}

async function obtainArchive(lp: LivyPaths, options: BuildFromSourceOptions, onProgress: OnProgress): Promise<string> {
  const { source } = options;
  if (!/^https?:\/\//i.test(source)) {
    if (!existsSync(source)) throw new LocalInputError(`Livy source release not found: ${source}`);
    if (!statSync(source).isFile())
      throw new LocalInputError(`not a source release file: ${source} (expected apache-livy-<version>-src.tar.gz or .zip)`);
    return source;
  }
  const name = basename(new URL(source).pathname) || sourceReleaseFileName(lp.version);
  const dest = join(lp.buildDir, name);
  onProgress({ step: 'download', message: `downloading ${source}` });
  try {
    await downloadFile(source, dest, {
      signal: options.signal,
      onBytes: (bytes, totalBytes) => onProgress({ step: 'download', message: `downloading ${source}`, bytes, totalBytes }),
    });
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    throw new LocalProvisionError(`cannot download the Livy source release: ${(error as Error).message}`);
  }
  return dest;
}

async function unpackSource(archive: string, lp: LivyPaths, options: BuildFromSourceOptions, onProgress: OnProgress): Promise<string> {
  const into = join(lp.buildDir, 'src');
  mkdirSync(into, { recursive: true });
  onProgress({ step: 'unpack', message: `unpacking ${basename(archive)}`, totalBytes: statSync(archive).size });
  let r;
  if (/\.(tar\.gz|tgz)$/i.test(archive)) {
    r = await execCapture('tar', ['-xzf', archive, '-C', into], { signal: options.signal });
  } else if (/\.zip$/i.test(archive)) {
    const { python } = await checkPython(options.env);
    r = await execCapture(python, ['-m', 'zipfile', '-e', archive, into], { signal: options.signal });
  } else {
    throw new LocalInputError(`unsupported source release ${archive}: expected a .tar.gz, .tgz or .zip`);
  }
  if (r.code !== 0) throw new LocalInputError(`${archive} is not a readable archive: ${r.stderr.trim().split('\n')[0] ?? ''}`);
  const root = [into, ...listFiles(into).map((n) => join(into, n))].find(
    (d) => existsSync(join(d, 'pom.xml')) && existsSync(join(d, 'assembly')),
  );
  const version = root ? livySourceVersion(readFileSync(join(root, 'pom.xml'), 'utf8')) : undefined;
  if (!root || !version)
    throw new LocalInputError(`${archive} is not an Apache Livy source release (no livy-main pom.xml with an assembly/ module)`);
  if (version !== lp.version) {
    throw new LocalInputError(
      `${archive} holds Livy ${version}, not ${lp.version}: pass --livy-version ${version} or the ${lp.version} source release`,
    );
  }
  return root;
}

async function runBuild(mvn: string, root: string, lp: LivyPaths, options: BuildFromSourceOptions, onProgress: OnProgress): Promise<void> {
  mkdirSync(dirname(lp.buildLog), { recursive: true });
  mkdirSync(options.mavenRepo, { recursive: true });
  const log = createWriteStream(lp.buildLog);
  const started = Date.now();
  let bytes = 0;
  let module = 'starting Maven';
  const message = () => `building Livy ${lp.version} from source: ${module}`;
  onProgress({ step: 'build', message: `building Livy ${lp.version} from source with Maven (log: ${lp.buildLog})` });
  let r;
  try {
    r = await execCapture(mvn, mavenBuildArgs(options.mavenRepo), {
      cwd: root,
      env: options.env as NodeJS.ProcessEnv,
      signal: options.signal,
      onLine: (line) => {
        log.write(`${line}\n`);
        const m = parseMavenModule(line);
        if (m) module = `module ${m.index}/${m.count}, ${m.name}`;
        const d = parseMavenDownloaded(line);
        if (d) bytes += d.bytes;
        if (m || d) onProgress({ step: 'build', message: message(), bytes });
      },
    });
  } finally {
    await new Promise((resolve) => log.end(resolve));
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  if (r.code !== 0) {
    const text = readFileSync(lp.buildLog, 'utf8');
    const errors = text
      .split('\n')
      .filter((l) => l.startsWith('[ERROR]'))
      .slice(0, 12)
      .join('\n');
    throw new LocalProvisionError(
      `building Livy ${lp.version} from source failed after ${seconds} s (Maven exit ${r.code}); full log: ${lp.buildLog}`,
      errors || lastLines(text, 12),
    );
  }
  onProgress({ step: 'build', message: `built Livy ${lp.version} in ${seconds} s`, bytes, done: true });
}
