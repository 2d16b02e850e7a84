import { existsSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LivyUnavailableError, LocalInputError, LocalProvisionError } from '../../../src/local/errors.js';
import { livyPaths } from '../../../src/local/livy-paths.js';
import { installedLivy, provisionLivy } from '../../../src/local/provision-livy.js';
import {
  fakeDistributionDir,
  fakeDistributionZip,
  fakeMaven,
  fakeSourceRelease,
  startFakeMirror,
  tempDir,
  type FakeMirror,
} from '../../support/livy-distributions.js';

// Each case runs python (zipfile), tar and shell scripts: slow on a loaded 2-core machine.
vi.setConfig({ testTimeout: 60_000 });
const V9 = '0.9.0-incubating';
const V8 = '0.8.0-incubating';
let mirror: FakeMirror | undefined;
afterEach(async () => {
  await mirror?.close();
  mirror = undefined;
});

/** An empty cache, and a place for the test's own files. */
function setup() {
  const home = tempDir('livy-unit-home-');
  const files = tempDir('livy-unit-files-');
  return {
    home,
    files,
    env: { ...process.env, LIVY_LOCAL_HOME: home, LIVY_LOCAL_DIST: undefined, LIVY_LOCAL_SOURCE: undefined, LIVY_LOCAL_MIRROR: undefined },
  };
}

/** Nothing left that could pass for a complete or partial provisioning. */
function leftovers(home: string): string[] {
  const found: string[] = [];
  for (const dir of ['dist', 'downloads'])
    if (existsSync(join(home, dir))) found.push(...readdirSync(join(home, dir)).map((f) => `${dir}/${f}`));
  if (existsSync(join(home, `livy-${V9}`))) found.push(`livy-${V9}`);
  return found;
}

describe('provisioning from an explicit distribution (LIVY_LOCAL_DIST)', () => {
  it('imports an unpacked directory and marks the release complete', async () => {
    const { env, files } = setup();
    const install = await provisionLivy({ env: { ...env, LIVY_LOCAL_DIST: fakeDistributionDir(files) } });
    expect(install).toMatchObject({ livyVersion: V9, source: 'distribution' });
    expect(installedLivy(env)).toEqual(install);
  });
  it('refuses a zip without the Scala 2.12 REPL jars as bad input, leaving no marker', async () => {
    const { env, files, home } = setup();
    const zip = fakeDistributionZip(files, { withoutRepl: true });
    await expect(provisionLivy({ env: { ...env, LIVY_LOCAL_DIST: zip } })).rejects.toThrow(/has no repl_2\.12-jars\//);
    await expect(provisionLivy({ env: { ...env, LIVY_LOCAL_DIST: zip } })).rejects.toBeInstanceOf(LocalInputError);
    expect(leftovers(home)).toEqual([]);
  });
  it('refuses a distribution of another release than the one asked for', async () => {
    const { env, files } = setup();
    const zip = fakeDistributionZip(files, { version: V8 });
    await expect(provisionLivy({ env: { ...env, LIVY_LOCAL_DIST: zip } })).rejects.toThrow(
      `is Livy ${V8}, not ${V9}: pass --livy-version ${V8}`,
    );
  });
  it('re-imports when the given distribution is another one than the installed', async () => {
    const { env, files } = setup();
    await provisionLivy({ env: { ...env, LIVY_LOCAL_DIST: fakeDistributionDir(join(files, 'a')) } });
    const second = fakeDistributionDir(join(files, 'b'));
    expect((await provisionLivy({ env: { ...env, LIVY_LOCAL_DIST: second } })).distribution).toBe(second);
  });
});

describe('provisioning from a source release (LIVY_LOCAL_SOURCE)', () => {
  it('builds with Maven, keeps the zip in the cache and imports it', async () => {
    const { env, files, home } = setup();
    const mvn = fakeMaven(files, { zipToProduce: fakeDistributionZip(files) });
    const install = await provisionLivy({ env: { ...env, LIVY_LOCAL_MVN: mvn }, source: fakeSourceRelease(files) });
    expect(install).toMatchObject({ source: 'source', distribution: livyPaths(V9, env).distZip });
    expect(existsSync(livyPaths(V9, env).distZip)).toBe(true);
    expect(existsSync(join(home, 'build'))).toBe(true);
    expect(readdirSync(join(home, 'build'))).toEqual([]);
  });
  it('picks the release’s own tarball from a directory of source releases', async () => {
    const { env, files } = setup();
    const sources = tempDir('livy-unit-sources-');
    fakeSourceRelease(sources, V9);
    fakeSourceRelease(sources, V8);
    const mvn = fakeMaven(files, { zipToProduce: fakeDistributionZip(files, { version: V8 }) });
    const install = await provisionLivy({ env: { ...env, LIVY_LOCAL_MVN: mvn, LIVY_LOCAL_SOURCE: sources }, version: V8 });
    expect(install).toMatchObject({ livyVersion: V8, source: 'source' });
  });
  it('a failed build names the log, keeps no zip and no marker', async () => {
    const { env, files, home } = setup();
    const mvn = fakeMaven(files, { fail: true });
    const error = await provisionLivy({ env: { ...env, LIVY_LOCAL_MVN: mvn }, source: fakeSourceRelease(files) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LocalProvisionError);
    expect((error as LocalProvisionError).message).toContain(`full log: ${livyPaths(V9, env).buildLog}`);
    expect((error as LocalProvisionError).detail).toContain('[ERROR] Failed to execute goal on project livy-api');
    expect(leftovers(home)).toEqual([]);
  });
  it('Ctrl-C during the build stops Maven and leaves no zip, no build tree and no marker', async () => {
    const { env, files, home } = setup();
    const mvn = fakeMaven(files, { hang: true });
    const abort = new AbortController();
    const pending = provisionLivy({ env: { ...env, LIVY_LOCAL_MVN: mvn }, source: fakeSourceRelease(files), signal: abort.signal });
    while (!existsSync(join(files, 'mvn.pid'))) await new Promise((r) => setTimeout(r, 20));
    abort.abort(new Error('interrupted'));
    await expect(pending).rejects.toThrow('interrupted');
    const pid = Number(readFileSync(join(files, 'mvn.pid'), 'utf8'));
    expect(() => process.kill(pid, 0)).toThrow();
    expect(leftovers(home)).toEqual([]);
    expect(readdirSync(join(home, 'build'))).toEqual([]);
    expect(installedLivy(env)).toBeUndefined();
  });
  it('refuses a tarball that is not Livy’s source as bad input', async () => {
    const { env, files } = setup();
    const mvn = fakeMaven(files, { fail: true });
    const notLivy = fakeSourceRelease(files, V9, 'spark-parent');
    await expect(provisionLivy({ env: { ...env, LIVY_LOCAL_MVN: mvn }, source: notLivy })).rejects.toThrow(
      /is not an Apache Livy source release/,
    );
  });
  it('refuses the source of another release than the one asked for', async () => {
    const { env, files } = setup();
    const mvn = fakeMaven(files, { fail: true });
    await expect(provisionLivy({ env: { ...env, LIVY_LOCAL_MVN: mvn }, source: fakeSourceRelease(files, V8) })).rejects.toThrow(
      `holds Livy ${V8}, not ${V9}`,
    );
  });
  it('names a missing source file', async () => {
    const { env, files } = setup();
    const mvn = fakeMaven(files, { fail: true });
    await expect(provisionLivy({ env: { ...env, LIVY_LOCAL_MVN: mvn }, source: join(files, 'nope.tar.gz') })).rejects.toThrow(
      /Livy source release not found: .*nope\.tar\.gz/,
    );
  });
});

describe('provisioning from a mirror of Apache’s download service', () => {
  it('downloads, verifies against the published SHA-512, keeps the zip and imports it', async () => {
    const { env, files } = setup();
    mirror = await startFakeMirror(fakeDistributionZip(files), V9);
    const install = await provisionLivy({ env: { ...env, LIVY_LOCAL_MIRROR: mirror.base } });
    expect(install.source).toBe('download');
    expect(mirror.requests).toEqual([
      `/incubator/livy/${V9}/apache-livy-${V9}_2.12-bin.zip.sha512`,
      `/incubator/livy/${V9}/apache-livy-${V9}_2.12-bin.zip`,
    ]);
  });
  it('tries the next base when one does not have the release', async () => {
    const { env, files } = setup();
    mirror = await startFakeMirror(fakeDistributionZip(files), V9);
    const install = await provisionLivy({ env: { ...env, LIVY_LOCAL_MIRROR: `${mirror.base}missing/,${mirror.base}` } });
    expect(install.source).toBe('download');
  });
  it('refuses a download that does not match its checksum and deletes it', async () => {
    const { env, files, home } = setup();
    mirror = await startFakeMirror(fakeDistributionZip(files), V9, { corrupt: true });
    await expect(provisionLivy({ env: { ...env, LIVY_LOCAL_MIRROR: mirror.base } })).rejects.toThrow(
      /does not match its published SHA-512 .* it was deleted/,
    );
    expect(leftovers(home)).toEqual([]);
  });
  it('says the three ways out when nothing can be downloaded', async () => {
    const { env } = setup();
    const error = await provisionLivy({ env: { ...env, LIVY_LOCAL_MIRROR: 'http://127.0.0.1:9/' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LivyUnavailableError);
    expect((error as Error).message).toMatch(/LIVY_LOCAL_DIST.*LIVY_LOCAL_SOURCE.*LIVY_LOCAL_MIRROR/);
  });
  it('an interrupted download leaves nothing, and the next run provisions cleanly', async () => {
    const { env, files, home } = setup();
    const zip = fakeDistributionZip(files);
    mirror = await startFakeMirror(zip, V9, { stallBody: true });
    const abort = new AbortController();
    const pending = provisionLivy({ env: { ...env, LIVY_LOCAL_MIRROR: mirror.base }, signal: abort.signal });
    while (!mirror.requests.some((r) => r.endsWith('.zip'))) await new Promise((r) => setTimeout(r, 20));
    abort.abort(new Error('interrupted'));
    await expect(pending).rejects.toThrow('interrupted');
    expect(leftovers(home)).toEqual([]);
    await mirror.close();
    mirror = await startFakeMirror(zip, V9);
    expect((await provisionLivy({ env: { ...env, LIVY_LOCAL_MIRROR: mirror.base } })).source).toBe('download');
  });
});

describe('two provisionings at once', () => {
  it('the second waits for the first and uses its result', async () => {
    const { env, files } = setup();
    mirror = await startFakeMirror(fakeDistributionZip(files), V9);
    const events: string[] = [];
    const both = await Promise.all([
      provisionLivy({ env: { ...env, LIVY_LOCAL_MIRROR: mirror.base } }),
      provisionLivy({ env: { ...env, LIVY_LOCAL_MIRROR: mirror.base }, onProgress: (e) => events.push(e.message) }),
    ]);
    expect(both[0]).toEqual(both[1]);
    expect(mirror.requests.filter((r) => r.endsWith('.zip'))).toHaveLength(1);
  });
});

describe('the cache', () => {
  it('imports a distribution zip already kept in <cache>/dist without any network', async () => {
    const { env, files } = setup();
    const zip = fakeDistributionZip(files);
    const lp = livyPaths(V9, env);
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(lp.distZip, '..'), { recursive: true });
    symlinkSync(zip, lp.distZip);
    const install = await provisionLivy({ env: { ...env, LIVY_LOCAL_MIRROR: 'http://127.0.0.1:9/' } });
    expect(install.source).toBe('cache');
  });
});
