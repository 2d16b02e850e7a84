// A real S3-compatible server on 127.0.0.1 for the staging tests: s3proxy (Apache-2.0) from Maven
// Central with its filesystem backend. Its jar-with-dependencies is resolved once with Maven into
// the cache's Maven repository (~/.cache/livy-cli/m2) and reused from there.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '../../../src/local/port.js';

export const S3PROXY_VERSION = '2.6.0';
export const S3PROXY_IDENTITY = 'livy-e2e-access';
export const S3PROXY_CREDENTIAL = 'livy-e2e-secret';

export function cacheRoot(): string {
  return process.env.LIVY_LOCAL_HOME ?? join(homedir(), '.cache', 'livy-cli');
}

export function s3proxyJarPath(): string {
  return join(cacheRoot(), 'm2', 'org', 'gaul', 's3proxy', S3PROXY_VERSION, `s3proxy-${S3PROXY_VERSION}-jar-with-dependencies.jar`);
}

/** The jar, resolved with Maven into the cache's repository on first use. Undefined (with why) when it cannot be had. */
export function resolveS3proxyJar(): { jar?: string; missing?: string } {
  const jar = s3proxyJarPath();
  if (existsSync(jar)) return { jar };
  const mvn = spawnSync(
    'mvn',
    [
      '-q',
      '-B',
      `-Dmaven.repo.local=${join(cacheRoot(), 'm2')}`,
      'dependency:get',
      `-Dartifact=org.gaul:s3proxy:${S3PROXY_VERSION}:jar:jar-with-dependencies`,
      '-Dtransitive=false',
    ],
    { encoding: 'utf8', timeout: 600_000 },
  );
  if (mvn.error || mvn.status !== 0 || !existsSync(jar))
    return { missing: `s3proxy ${S3PROXY_VERSION} could not be resolved with Maven: ${mvn.error?.message ?? mvn.stderr.slice(-300)}` };
  return { jar };
}

export interface S3proxy {
  readonly endpoint: string;
  readonly port: number;
  /** The filesystem backend's directory: one sub-directory per bucket. */
  readonly baseDir: string;
  /** Env that makes the AWS SDK (and livy) talk to it. */
  readonly env: Record<string, string>;
  createBucket(name: string): void;
  stop(): Promise<void>;
}

/** Starts s3proxy on a free loopback port and waits until it answers. */
export async function startS3proxy(jar: string, port?: number, baseDir?: string): Promise<S3proxy> {
  const listenPort = port ?? (await findFreePort());
  const dir = baseDir ?? mkdtempSync(join(tmpdir(), 'livy-s3proxy-'));
  const data = join(dir, 'data');
  mkdirSync(data, { recursive: true });
  const properties = join(dir, 's3proxy.properties');
  const endpoint = `http://127.0.0.1:${listenPort}`;
  writeFileSync(
    properties,
    [
      `s3proxy.endpoint=${endpoint}`,
      's3proxy.authorization=aws-v2-or-v4',
      `s3proxy.identity=${S3PROXY_IDENTITY}`,
      `s3proxy.credential=${S3PROXY_CREDENTIAL}`,
      'jclouds.provider=filesystem',
      `jclouds.filesystem.basedir=${data}`,
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn('java', ['-Xmx256m', '-jar', jar, '--properties', properties], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  const keep = (chunk: Buffer): void => void (stderr = (stderr + chunk.toString()).slice(-4000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // A JVM start on a busy machine can take a while.
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`s3proxy exited (${child.exitCode}): ${stderr}`);
    try {
      const reply = await fetch(`${endpoint}/`, { signal: AbortSignal.timeout(2_000) });
      if (reply.status > 0) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`s3proxy did not start within 180 s: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    endpoint,
    port: listenPort,
    baseDir: data,
    env: {
      AWS_ACCESS_KEY_ID: S3PROXY_IDENTITY,
      AWS_SECRET_ACCESS_KEY: S3PROXY_CREDENTIAL,
      AWS_REGION: 'us-east-1',
      LIVY_S3_ENDPOINT: endpoint,
    },
    createBucket(name) {
      mkdirSync(join(data, name), { recursive: true });
    },
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      if (!baseDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
