// Stand-ins for Apache Livy releases, for unit tests of provisioning: a binary distribution with
// the jar names Livy's assembly produces (empty jars), a source release whose pom says which
// version it is, and a loopback HTTP server laid out like Apache's download service.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function tempDir(prefix = 'livy-unit-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface FakeDistributionOptions {
  version?: string;
  /** Leave out repl_2.12-jars/ (a broken or Scala 2.11 build). */
  withoutRepl?: boolean;
}

/** An unpacked binary distribution directory, as the release zip holds it. */
export function fakeDistributionDir(parent: string, options: FakeDistributionOptions = {}): string {
  const v = options.version ?? '0.9.0-incubating';
  const root = join(parent, `apache-livy-${v}_2.12-bin`);
  const files = [`jars/livy-server-${v}.jar`, 'jars/scala-library-2.12.18.jar', `rsc-jars/livy-rsc-${v}.jar`, 'conf/livy.conf.template'];
  if (!options.withoutRepl) files.push(`repl_2.12-jars/livy-repl_2.12-${v}.jar`);
  for (const f of files) {
    mkdirSync(join(root, f, '..'), { recursive: true });
    writeFileSync(join(root, f), '');
  }
  return root;
}

/** The distribution as a .zip, made with Python's zipfile (as the project unpacks it). */
export function fakeDistributionZip(parent: string, options: FakeDistributionOptions = {}): string {
  const v = options.version ?? '0.9.0-incubating';
  const work = mkdtempSync(join(parent, 'dist-'));
  fakeDistributionDir(work, options);
  const zip = join(parent, `apache-livy-${v}_2.12-bin.zip`);
  execFileSync('python3', ['-m', 'zipfile', '-c', zip, join(work, `apache-livy-${v}_2.12-bin`)]);
  return zip;
}

/** A source release tarball: a livy-main pom of that version and an assembly/ module. */
export function fakeSourceRelease(parent: string, version = '0.9.0-incubating', artifactId = 'livy-main'): string {
  const name = `apache-livy-${version}-src`;
  const work = mkdtempSync(join(parent, 'src-'));
  mkdirSync(join(work, name, 'assembly'), { recursive: true });
  writeFileSync(
    join(work, name, 'pom.xml'),
    `<project>\n  <groupId>org.apache.livy</groupId>\n  <artifactId>${artifactId}</artifactId>\n  <version>${version}</version>\n</project>\n`,
  );
  const tarball = join(parent, `${name}.tar.gz`);
  execFileSync('tar', ['-czf', tarball, '-C', work, name]);
  return tarball;
}

/**
 * A fake `mvn` for LIVY_LOCAL_MVN: answers `-v`, and for a build prints Maven-like lines and either
 * fails with [ERROR] lines or writes the distribution zip `zipToProduce` where the assembly would.
 */
export function fakeMaven(parent: string, outcome: { zipToProduce?: string; fail?: boolean; hang?: boolean }): string {
  const script = join(parent, 'fake-mvn');
  const body = outcome.hang
    ? `echo "[INFO] Building Livy Project Parent POM 0.9.0-incubating [1/2]"\necho $$ > "${parent}/mvn.pid"\nsleep 300`
    : outcome.fail
      ? 'echo "[INFO] Building Livy Project Parent POM 0.9.0-incubating [1/2]"\necho "[ERROR] Failed to execute goal on project livy-api: compilation failure"\nexit 1'
      : `echo "[INFO] Building Livy Project Parent POM 0.9.0-incubating [1/2]"\nmkdir -p assembly/target && cp "${outcome.zipToProduce}" assembly/target/\necho "[INFO] BUILD SUCCESS"`;
  writeFileSync(script, `#!/bin/sh\nif [ "$1" = "-v" ]; then echo "Apache Maven 3.8.7"; exit 0; fi\n${body}\n`, { mode: 0o755 });
  return script;
}

export interface FakeMirror {
  /** Base URL, like https://dlcdn.apache.org/. */
  base: string;
  /** Paths requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

export interface FakeMirrorOptions {
  /** Serve these bytes for the zip while publishing the checksum of the real one. */
  corrupt?: boolean;
  /** Send the headers and a first chunk of the zip, then nothing. */
  stallBody?: boolean;
}

/** Serves `zip` and its `.sha512` (gpg --print-md shape) under Apache's layout on 127.0.0.1. */
export async function startFakeMirror(zip: string, version: string, options: FakeMirrorOptions = {}): Promise<FakeMirror> {
  const bytes = readFileSync(zip);
  const digest = createHash('sha512').update(bytes).digest('hex').toUpperCase();
  const name = `apache-livy-${version}_2.12-bin.zip`;
  const path = `/incubator/livy/${version}/${name}`;
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.url === `${path}.sha512`) {
      res.end(`${name}: ${digest.match(/.{1,8}/g)!.join(' ')}\n`);
    } else if (req.url === path) {
      const body = options.corrupt
        ? Buffer.concat([bytes.subarray(0, bytes.length - 1), Buffer.from([bytes[bytes.length - 1]! ^ 1])])
        : bytes;
      res.writeHead(200, { 'content-length': body.length });
      if (options.stallBody) res.write(body.subarray(0, 10));
      else res.end(body);
    } else {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
