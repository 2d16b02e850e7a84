import { join } from 'node:path';
import { localHome } from './paths.js';
import { SCALA_BINARY_VERSION, type LivyVersion } from './versions.js';

type Env = Record<string, string | undefined>;

/** Where one Livy release lives in the cache. Releases sit side by side. */
export interface LivyPaths {
  version: LivyVersion;
  /** LIVY_HOME of the imported layout: jars/, rsc-jars/, repl_2.12-jars/, conf/. */
  dir: string;
  jars: string;
  rscJars: string;
  replJars: string;
  confTemplateDir: string;
  /** Written last, after the layout checked out: its presence means complete. */
  marker: string;
  /** The binary distribution kept once it was downloaded or built, so either happens once. */
  distZip: string;
  /** Where a source release is unpacked and built. */
  buildDir: string;
  buildLog: string;
  /** Partial downloads, renamed over distZip only after their checksum matched. */
  downloadDir: string;
  /** proper-lockfile target that serialises provisioning of this release across processes. */
  lockTarget: string;
}

export function distributionFileName(version: LivyVersion): string {
  return `apache-livy-${version}_${SCALA_BINARY_VERSION}-bin.zip`;
}

export function livyPaths(version: LivyVersion, env: Env): LivyPaths {
  const home = localHome(env);
  const dir = join(home, `livy-${version}`);
  return {
    version,
    dir,
    jars: join(dir, 'jars'),
    rscJars: join(dir, 'rsc-jars'),
    replJars: join(dir, `repl_${SCALA_BINARY_VERSION}-jars`),
    confTemplateDir: join(dir, 'conf'),
    marker: join(dir, '.provisioned.json'),
    distZip: join(home, 'dist', distributionFileName(version)),
    buildDir: join(home, 'build', `livy-${version}`),
    buildLog: join(home, 'logs', `livy-${version}-build.log`),
    downloadDir: join(home, 'downloads'),
    lockTarget: join(home, `livy-${version}.lock`),
  };
}
