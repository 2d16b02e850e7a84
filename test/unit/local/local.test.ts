import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { livyConfEntries, renderLivyConf } from '../../../src/local/livy-conf.js';
import { livyJavaOptions } from '../../../src/local/java-options.js';
import { tailFile } from '../../../src/local/logs.js';
import { localHome, localPaths } from '../../../src/local/paths.js';
import { parseJavaHome, parseJavaVersion, parsePythonVersion } from '../../../src/local/prerequisites.js';
import { checkLivyLayout } from '../../../src/local/livy-import.js';
import { livyPaths } from '../../../src/local/livy-paths.js';
import { parseMavenDownloaded } from '../../../src/local/maven-output.js';
import { parsePipDownloadSize } from '../../../src/local/provision-spark.js';
import { checkStateFile, readLocalServerState, sameLocalEndpoint, writeStateFile } from '../../../src/local/state.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'livy-unit-local-'));

describe('paths', () => {
  it('prefers LIVY_LOCAL_HOME, then XDG_CACHE_HOME, then ~/.cache', () => {
    expect(localHome({ LIVY_LOCAL_HOME: '/x/y', XDG_CACHE_HOME: '/c', HOME: '/h' })).toBe('/x/y');
    expect(localHome({ XDG_CACHE_HOME: '/c', HOME: '/h' })).toBe('/c/livy-cli');
    expect(localHome({ HOME: '/h' })).toBe('/h/.cache/livy-cli');
  });
  it('puts run state in LIVY_LOCAL_RUN_DIR when set', () => {
    expect(localPaths({ LIVY_LOCAL_HOME: '/x' }).stateFile).toBe('/x/run/server.json');
    expect(localPaths({ LIVY_LOCAL_HOME: '/x', LIVY_LOCAL_RUN_DIR: '/r' }).stateFile).toBe('/r/server.json');
  });
  it('keeps each Livy release side by side, with its kept distribution zip', () => {
    const nine = livyPaths('0.9.0-incubating', { LIVY_LOCAL_HOME: '/x' });
    const eight = livyPaths('0.8.0-incubating', { LIVY_LOCAL_HOME: '/x' });
    expect(nine.replJars).toBe('/x/livy-0.9.0-incubating/repl_2.12-jars');
    expect(eight.replJars).toBe('/x/livy-0.8.0-incubating/repl_2.12-jars');
    expect(eight.distZip).toBe('/x/dist/apache-livy-0.8.0-incubating_2.12-bin.zip');
  });
});

describe('version parsing', () => {
  it('reads java -version output', () => {
    expect(parseJavaVersion('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime')).toBe(17);
    expect(parseJavaVersion('java version "1.8.0_292"')).toBe(8);
    expect(parseJavaVersion('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaVersion('openjdk version "11.0.2" 2019-01-15')).toBe(11);
    expect(parseJavaVersion('nothing here')).toBeUndefined();
    expect(parseJavaHome('Property settings:\n    java.home = /usr/lib/jvm/java-17\n')).toBe('/usr/lib/jvm/java-17');
    expect(parsePythonVersion('3.11\n')).toEqual([3, 11]);
  });
  it('reads pip and Maven download lines', () => {
    expect(parsePipDownloadSize('  Downloading pyspark-3.5.6.tar.gz (317.4 MB)')).toEqual({
      name: 'pyspark-3.5.6.tar.gz',
      bytes: 317_400_000,
    });
    expect(parsePipDownloadSize('Collecting pyspark')).toBeUndefined();
    expect(parseMavenDownloaded('Downloaded from central: https://r/x/livy-server-0.9.0.jar (1.5 MB at 2 MB/s)')).toEqual({
      artifact: 'livy-server-0.9.0.jar',
      bytes: 1_500_000,
    });
  });
});

describe('livy.conf', () => {
  it('renders the local defaults, whitelisting the staging dir too', () => {
    const e = livyConfEntries({ port: 9000, whitelist: ['/work/me'], stagingDir: '/cache/staging' });
    expect(e).toMatchObject({
      'livy.server.host': '127.0.0.1',
      'livy.server.port': '9000',
      'livy.spark.master': 'local[*]',
      'livy.rsc.rpc.server.address': '127.0.0.1',
      'livy.server.csrf-protection.enabled': 'true',
      'livy.file.local-dir-whitelist': '/work/me/,/cache/staging/',
      'livy.session.staging-dir': '/cache/staging',
      'livy.repl.enable-hive-context': 'false',
    });
  });
  it('lets extra settings add to and override the defaults', () => {
    const text = renderLivyConf({
      port: 1,
      whitelist: [],
      stagingDir: '/s',
      extra: { 'livy.keystore': '/k.jks', 'livy.server.csrf-protection.enabled': 'false' },
    });
    expect(text).toContain('livy.keystore = /k.jks\n');
    expect(text).toContain('livy.server.csrf-protection.enabled = false\n');
    expect(text).not.toContain('csrf-protection.enabled = true');
  });
});

describe('layout check', () => {
  it('accepts a good layout and names what is wrong with a bad one', () => {
    const d = tmp();
    const dirs = { jars: join(d, 'jars'), rscJars: join(d, 'rsc-jars'), replJars: join(d, 'repl_2.12-jars') };
    for (const x of Object.values(dirs)) mkdirSync(x);
    const touch = (p: string) => writeFileSync(p, '');
    touch(join(dirs.jars, 'livy-server-0.9.0-incubating.jar'));
    touch(join(dirs.jars, 'scala-library-2.12.18.jar'));
    touch(join(dirs.rscJars, 'livy-rsc-0.9.0-incubating.jar'));
    touch(join(dirs.replJars, 'livy-repl_2.12-0.9.0-incubating.jar'));
    expect(checkLivyLayout(dirs)).toEqual([]);
    touch(join(dirs.jars, 'scalatra_2.11-2.6.5.jar'));
    touch(join(dirs.jars, 'spark-core_2.12-3.5.6.jar'));
    const problems = checkLivyLayout(dirs).join('\n');
    expect(problems).toContain('Scala 2.11 jars remain: jars/scalatra_2.11-2.6.5.jar');
    expect(problems).toContain('Spark jars must not be in jars/');
  });
});

describe('state file', () => {
  const state = (runDir: string, pid: number) => ({
    pid,
    port: 8998,
    url: 'http://127.0.0.1:8998',
    whitelist: ['/w'],
    livyVersion: '0.9.0-incubating',
    pysparkVersion: '3.5.6',
    sparkHome: '/s',
    python: '/p',
    logFile: '/l',
    runDir,
    startedAt: new Date().toISOString(),
  });
  it('reports none, then stale for a dead pid or a pid that is not our server', () => {
    const env = { LIVY_LOCAL_HOME: tmp() };
    expect(checkStateFile(env).kind).toBe('none');
    const runDir = localPaths(env).runDir;
    writeStateFile(state(runDir, 2 ** 22 + 12345), env);
    expect(checkStateFile(env)).toMatchObject({ kind: 'stale', reason: expect.stringContaining('no longer running') });
    // Our own pid is alive but is not a Livy server.
    writeStateFile(state(runDir, process.pid), env);
    expect(checkStateFile(env)).toMatchObject({ kind: 'stale', reason: expect.stringContaining('not the Livy server') });
    expect(readLocalServerState(env)).toBeUndefined();
  });
  it('treats an unreadable state file as stale', () => {
    const env = { LIVY_LOCAL_HOME: tmp() };
    mkdirSync(localPaths(env).runDir, { recursive: true });
    writeFileSync(localPaths(env).stateFile, '{not json');
    expect(checkStateFile(env).kind).toBe('stale');
  });
  it('matches local endpoints by loopback host and port', () => {
    expect(sameLocalEndpoint('http://127.0.0.1:8998', 'http://localhost:8998/')).toBe(true);
    expect(sameLocalEndpoint('http://[::1]:8998', 'http://127.0.0.1:8998')).toBe(true);
    expect(sameLocalEndpoint('http://127.0.0.1:8999', 'http://127.0.0.1:8998')).toBe(false);
    expect(sameLocalEndpoint('http://example.com:8998', 'http://127.0.0.1:8998')).toBe(false);
    expect(sameLocalEndpoint('https://127.0.0.1:8998', 'http://127.0.0.1:8998')).toBe(false);
    expect(sameLocalEndpoint('http://127.0.0.1:8998/gateway/livy', 'http://127.0.0.1:8998')).toBe(false);
    expect(sameLocalEndpoint('not a url', 'http://127.0.0.1:8998')).toBe(false);
  });
});

describe('misc', () => {
  it('java options carry the Java 17 opens and exports', () => {
    const o = livyJavaOptions();
    expect(o).toContain('--add-opens=java.base/sun.nio.ch=ALL-UNNAMED');
    expect(o).toContain('--add-exports=java.base/sun.security.util=ALL-UNNAMED');
  });
  it('tailFile returns the last n lines', () => {
    const f = join(tmp(), 'log');
    writeFileSync(f, Array.from({ length: 1000 }, (_, i) => `line ${i}`).join('\n') + '\n');
    expect(tailFile(f, 3)).toBe('line 997\nline 998\nline 999\n');
    expect(tailFile(join(tmp(), 'missing'), 3)).toBe('');
  });
});
