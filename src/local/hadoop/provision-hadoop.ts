import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalProvisionError } from '../errors.js';
import { execCapture, lastLines } from '../exec.js';
import { listFiles, readJson } from '../fs-util.js';
import { writeFileAtomic } from '../../text/write-file-atomic.js';
import { localPaths } from '../paths.js';
import { checkMaven } from '../prerequisites.js';
import { noProgress, type OnProgress } from '../progress.js';
import { parseMavenDownloaded } from '../maven-output.js';
import type { HadoopPaths } from './hadoop-paths.js';
import { renderHadoopPom } from './hadoop-pom.js';

type Env = Record<string, string | undefined>;

export interface HadoopInstall {
  version: string;
  jarsDir: string;
  /** Holds webapps/ (NameNode and DataNode UI files); goes on the classpath. */
  webDir: string;
}

/** Problems with an installed Hadoop layout; empty when it is usable. */
export function checkHadoopLayout(version: string, jarsDir: string, webDir: string): string[] {
  const problems: string[] = [];
  const jars = listFiles(jarsDir);
  for (const a of ['hadoop-common', 'hadoop-hdfs', 'hadoop-yarn-server-resourcemanager', 'hadoop-yarn-server-nodemanager']) {
    if (!jars.includes(`${a}-${version}.jar`)) problems.push(`jars/ has no ${a}-${version}.jar`);
  }
  if (!jars.some((f) => f.startsWith('slf4j-reload4j-'))) problems.push('jars/ has no slf4j-reload4j binder');
  if (!existsSync(join(webDir, 'webapps', 'hdfs'))) problems.push('web/webapps/hdfs is missing');
  return problems;
}

/** The provisioned Hadoop, if its marker and files are there. */
export function installedHadoop(paths: HadoopPaths, version: string): HadoopInstall | undefined {
  const marker = readJson<HadoopInstall>(paths.marker);
  if (!marker || marker.version !== version) return undefined;
  if (checkHadoopLayout(version, paths.jarsDir, paths.webDir).length) return undefined;
  return marker;
}

/**
 * Resolves the Hadoop daemons' jars with Maven into the cache's Maven repository and copies them
 * to `<home>/hadoop-<version>/jars` (idempotent: the marker is written last).
 */
export async function provisionHadoop(
  paths: HadoopPaths,
  version: string,
  options: { env: Env; onProgress?: OnProgress },
): Promise<HadoopInstall> {
  const env = options.env;
  const onProgress = options.onProgress ?? noProgress;
  const existing = installedHadoop(paths, version);
  if (existing) return existing;

  const mvn = await checkMaven(env);
  rmSync(paths.jarsDir, { recursive: true, force: true });
  rmSync(paths.webDir, { recursive: true, force: true });
  mkdirSync(paths.installDir, { recursive: true });
  writeFileSync(paths.pom, renderHadoopPom({ version, jarsDir: paths.jarsDir, webappsParent: paths.webDir }));
  const repo = localPaths(env).mavenRepo;
  mkdirSync(repo, { recursive: true });

  onProgress({ step: 'maven', message: `resolving Hadoop ${version} jars with Maven (about 100 MB the first time)` });
  let bytes = 0;
  const r = await execCapture(mvn, ['-B', '-f', paths.pom, `-Dmaven.repo.local=${repo}`, 'package'], {
    env: env as NodeJS.ProcessEnv,
    cwd: paths.installDir,
    onLine: (line) => {
      const d = parseMavenDownloaded(line);
      if (d) {
        bytes += d.bytes;
        onProgress({ step: 'maven', message: `downloaded ${d.artifact}`, bytes });
      }
    },
  });
  if (r.code !== 0) {
    throw new LocalProvisionError(`Maven could not resolve Hadoop ${version}`, lastLines(r.stdout + r.stderr, 30));
  }
  const problems = checkHadoopLayout(version, paths.jarsDir, paths.webDir);
  if (problems.length) throw new LocalProvisionError(`the Hadoop layout in ${paths.installDir} is not usable: ${problems.join('; ')}`);
  const install: HadoopInstall = { version, jarsDir: paths.jarsDir, webDir: paths.webDir };
  writeFileAtomic(paths.marker, JSON.stringify(install, null, 2) + '\n');
  onProgress({ step: 'maven', message: `Hadoop ${version} jars ready`, bytes, done: true });
  return install;
}
