import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPemFile } from '../../../src/profiles/pem-file.js';
import { livy, makePki, tempDir, type TestPki } from './helpers.js';

let pki: TestPki;
beforeAll(() => {
  pki = makePki();
}, 60_000);

describe('readPemFile', () => {
  it('accepts a CA certificate', () => {
    expect(readPemFile(pki.caFile, '--ca-cert', 'certificate')).toContain('BEGIN CERTIFICATE');
  });

  it('refuses a private key given as a CA', () => {
    expect(() => readPemFile(join(pki.dir, 'ca.key'), '--ca-cert', 'certificate')).toThrow(
      /--ca-cert .*ca\.key holds a private key, not a CA certificate/,
    );
  });

  it('refuses a certificate request (CSR)', () => {
    expect(() => readPemFile(join(pki.dir, 'client.csr'), '--ca-cert', 'certificate')).toThrow(
      /holds a certificate request \(CSR\), not a certificate/,
    );
  });

  it('refuses a certificate block that does not parse', () => {
    const file = join(tempDir(), 'bad.pem');
    writeFileSync(file, '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n');
    expect(() => readPemFile(file, '--ca-cert', 'certificate')).toThrow(/does not parse/);
  });

  it('wants a private key for --client-key', () => {
    expect(readPemFile(pki.client.keyFile, '--client-key', 'private key')).toMatch(/PRIVATE KEY/);
    expect(() => readPemFile(pki.client.certFile, '--client-key', 'private key')).toThrow(/holds no private key \(it has: CERTIFICATE\)/);
  });

  it('refuses /dev/zero without reading it all', () => {
    expect(() => readPemFile('/dev/zero', '--ca-cert', 'certificate')).toThrow(/larger than 4 MiB/);
  });
});

describe('--ca-cert on the command line and in profiles', () => {
  it('a key given to --ca-cert: exit 2 and one line, before any request', async () => {
    const run = await livy(['batches', 'list', '--url', 'https://127.0.0.1:9', '--ca-cert', join(pki.dir, 'ca.key')], {
      env: { LIVY_CONFIG_DIR: tempDir() },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: --ca-cert .* holds a private key/m);
  });

  it('profile add --ca-cert with a CSR is refused and nothing is saved', async () => {
    const dir = tempDir();
    const run = await livy(['profile', 'add', 'p', '--url', 'https://h:8443', '--ca-cert', join(pki.dir, 'client.csr')], {
      env: { LIVY_CONFIG_DIR: dir },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/certificate request \(CSR\)/);
    expect((await livy(['profile', 'list', '-o', 'json'], { env: { LIVY_CONFIG_DIR: dir } })).stdout).not.toContain('"p"');
  });
});
