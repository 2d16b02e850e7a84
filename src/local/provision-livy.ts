import { existsSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { LocalInputError } from './errors.js';
import { readJson } from './fs-util.js';
import { writeFileAtomic } from '../text/write-file-atomic.js';
import { checkLivyLayout, importDistribution } from './livy-import.js';
import { livyPaths, type LivyPaths } from './livy-paths.js';
import { downloadLivyRelease } from './livy-release-download.js';
import { buildLivyFromSource, sourceForVersion } from './livy-source-build.js';
import { localPaths } from './paths.js';
import { noProgress, type OnProgress } from './progress.js';
import { withProvisionLock } from './provision-lock.js';
import { LIVY_VERSION, type LivyVersion } from './versions.js';

type Env = Record<string, string | undefined>;

/** Where the provisioned jars came from. */
export type LivySource = 'distribution' | 'source' | 'download' | 'cache';

export interface LivyInstall {
  /** LIVY_HOME: holds jars/, rsc-jars/, repl_2.12-jars/, conf/. */
  livyHome: string;
  livyVersion: LivyVersion;
  source: LivySource;
  /** The zip or directory it was imported from. */
  distribution: string;
  /** Size and mtime of an explicitly given distribution, to notice when it changes. */
  distributionStamp?: string;
}

/** The provisioned release, if its marker says it is complete and its layout is intact. */
export function installedLivy(env: Env, version: LivyVersion = LIVY_VERSION): LivyInstall | undefined {
  const lp = livyPaths(version, env);
  const marker = readJson<LivyInstall>(lp.marker);
  if (!marker || marker.livyVersion !== version) return undefined;
  if (checkLivyLayout(lp).length) return undefined;
  return marker;
}

export interface ProvisionLivyOptions {
  env: Env;
  onProgress?: OnProgress;
  version?: LivyVersion;
  /** A binary distribution (`…_2.12-bin.zip` or its unpacked directory). Default `$LIVY_LOCAL_DIST`. */
  distribution?: string;
  /**
   * A source release to build when nothing is provisioned: a path or URL to
   * `apache-livy-<version>-src.tar.gz`/`.zip`, or a directory holding such files.
   * Default `$LIVY_LOCAL_SOURCE`.
   */
  source?: string;
  signal?: AbortSignal;
}

/**
 * Makes one Livy release runnable from the cache. The first source that applies wins:
 * 1. an explicit distribution (`distribution`, `$LIVY_LOCAL_DIST`), re-imported only when it changed;
 * 2. what is already provisioned, or a distribution zip already kept in `<cache>/dist/`;
 * 3. a source release (`source`, `$LIVY_LOCAL_SOURCE`), built once with Maven and kept as a zip;
 * 4. the official binary release from Apache's download service (or `$LIVY_LOCAL_MIRROR`), verified
 *    against its published SHA-512 and kept as a zip.
 * Concurrent callers for the same release wait for each other; the marker is written last.
 */
export async function provisionLivy(options: ProvisionLivyOptions): Promise<LivyInstall> {
  const env = options.env;
  const version = options.version ?? LIVY_VERSION;
  const onProgress = options.onProgress ?? noProgress;
  const lp = livyPaths(version, env);
  const explicit = options.distribution ?? env.LIVY_LOCAL_DIST;
  const quick = upToDate(installedLivy(env, version), explicit);
  if (quick) return quick;
  return withProvisionLock(
    lp.dir,
    {
      step: 'lock',
      waitingMessage: `waiting for another process that is provisioning Livy ${version}`,
      onProgress,
      signal: options.signal,
    },
    async () => {
      const installed = upToDate(installedLivy(env, version), explicit);
      if (installed) return installed;
      const { zip, source } = await obtainDistribution(
        lp,
        explicit,
        options.source ?? env.LIVY_LOCAL_SOURCE,
        env,
        onProgress,
        options.signal,
      );
      try {
        await importDistribution(zip, lp, env, onProgress, options.signal);
      } catch (error) {
        // A zip the cache made itself (built or downloaded) that cannot be imported must not stay in the way.
        if (source !== 'distribution' && error instanceof LocalInputError) {
          rmSync(zip, { force: true });
          throw new LocalInputError(`${error.message}; the cached copy was removed, run again to provision it anew`);
        }
        throw error;
      }
      const install: LivyInstall = {
        livyHome: lp.dir,
        livyVersion: version,
        source,
        distribution: zip,
        ...(source === 'distribution' ? { distributionStamp: stamp(zip) } : {}),
      };
      writeFileAtomic(lp.marker, JSON.stringify(install, null, 2) + '\n');
      onProgress({ step: 'layout', message: `Livy ${version} ready in ${lp.dir}`, done: true });
      return install;
    },
  );
}

/** The install, unless an explicitly given distribution is not the one it was imported from. */
function upToDate(install: LivyInstall | undefined, explicit: string | undefined): LivyInstall | undefined {
  if (!install || explicit === undefined) return install;
  const dist = resolve(explicit);
  return install.source === 'distribution' && install.distribution === dist && install.distributionStamp === stamp(dist)
    ? install
    : undefined;
}

function stamp(path: string): string | undefined {
  try {
    const st = statSync(path);
    return `${st.size}:${st.mtimeMs}`;
  } catch {
    return undefined;
  }
}

async function obtainDistribution(
  lp: LivyPaths,
  explicit: string | undefined,
  source: string | undefined,
  env: Env,
  onProgress: OnProgress,
  signal: AbortSignal | undefined,
): Promise<{ zip: string; source: LivySource }> {
  if (explicit !== undefined) {
    const dist = resolve(explicit);
    if (!existsSync(dist)) throw new LocalInputError(`LIVY_LOCAL_DIST: no such file or directory: ${dist}`);
    return { zip: dist, source: 'distribution' };
  }
  if (existsSync(lp.distZip)) return { zip: lp.distZip, source: 'cache' };
  if (source) {
    const release = sourceForVersion(source, lp.version);
    const zip = await buildLivyFromSource(lp, { source: release, env, mavenRepo: localPaths(env).mavenRepo, onProgress, signal });
    return { zip, source: 'source' };
  }
  return { zip: await downloadLivyRelease(lp, { env, onProgress, signal }), source: 'download' };
}
