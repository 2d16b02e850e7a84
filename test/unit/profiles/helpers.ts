import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliRun } from '../../support/run-cli.js';

/** runCli with a HOME where nothing is configured, so only the test's own config dir counts. */
export function livy(argv: string[], options: { env?: NodeJS.ProcessEnv; input?: string } = {}): Promise<CliRun> {
  return runCli(argv, { input: options.input, env: { HOME: '/nonexistent-home', ...options.env } });
}

export function tempDir(prefix = 'livy-profiles-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A throwaway PKI made with openssl: a CA, server certificates (good, expired, wrong host, self-signed), a client certificate. */
export interface TestPki {
  dir: string;
  caPem: string;
  server: { key: string; cert: string };
  expired: { key: string; cert: string };
  wrongHost: { key: string; cert: string };
  selfSigned: { key: string; cert: string };
  client: { key: string; cert: string; keyFile: string; certFile: string };
  caFile: string;
}

function openssl(dir: string, args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
}

function leaf(dir: string, name: string, cn: string, san: string, days: number, extra: string[] = []): { key: string; cert: string } {
  openssl(dir, ['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${cn}`]);
  writeFileSync(join(dir, `${name}.ext`), `subjectAltName=${san}\n${extra.join('\n')}\n`);
  openssl(dir, [
    'x509',
    '-req',
    '-in',
    `${name}.csr`,
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    `${name}.pem`,
    '-days',
    String(days),
    '-extfile',
    `${name}.ext`,
  ]);
  return { key: readFileSync(join(dir, `${name}.key`), 'utf8'), cert: readFileSync(join(dir, `${name}.pem`), 'utf8') };
}

export function makePki(): TestPki {
  const dir = tempDir('livy-pki-');
  openssl(dir, [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '2',
    '-subj',
    '/CN=Livy Test CA',
  ]);
  openssl(dir, [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'self.key',
    '-out',
    'self.pem',
    '-days',
    '2',
    '-subj',
    '/CN=localhost',
    '-addext',
    'subjectAltName=DNS:localhost,IP:127.0.0.1',
  ]);
  const client = leaf(dir, 'client', 'alice', 'DNS:alice', 2, ['extendedKeyUsage=clientAuth']);
  return {
    dir,
    caPem: readFileSync(join(dir, 'ca.pem'), 'utf8'),
    caFile: join(dir, 'ca.pem'),
    server: leaf(dir, 'server', 'localhost', 'DNS:localhost,IP:127.0.0.1', 2),
    expired: leaf(dir, 'expired', 'localhost', 'DNS:localhost,IP:127.0.0.1', 0),
    wrongHost: leaf(dir, 'wrong', 'other.example', 'DNS:other.example', 2),
    selfSigned: { key: readFileSync(join(dir, 'self.key'), 'utf8'), cert: readFileSync(join(dir, 'self.pem'), 'utf8') },
    client: { ...client, keyFile: join(dir, 'client.key'), certFile: join(dir, 'client.pem') },
  };
}

/** An https server answering like Livy's /version and /batches; records requests. */
export async function httpsLivy(options: {
  key: string;
  cert: string;
  ca?: string;
  requestCert?: boolean;
}): Promise<{ url: string; server: Server; paths: string[]; close: () => Promise<void> }> {
  const paths: string[] = [];
  const server = createServer(
    {
      key: options.key,
      cert: options.cert,
      ...(options.ca ? { ca: options.ca } : {}),
      requestCert: options.requestCert ?? false,
      rejectUnauthorized: options.requestCert ?? false,
    },
    (req, res) => {
      paths.push(`${req.method} ${req.url}`);
      res.setHeader('content-type', 'application/json');
      if (req.url === '/version') res.end(JSON.stringify({ version: '0.9.0-incubating', user: 'livy' }));
      else if (req.url?.startsWith('/batches') && req.method === 'GET') res.end(JSON.stringify({ from: 0, total: 0, sessions: [] }));
      else {
        res.statusCode = 400;
        res.end(JSON.stringify({ msg: 'requirement failed: File is required.' }));
      }
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://localhost:${port}`,
    server,
    paths,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
