import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectCertificate } from '../../../src/client/tls.js';
import { httpsLivy, livy, makePki, tempDir, type TestPki } from './helpers.js';

let pki: TestPki;
const servers: Array<{ close: () => Promise<void> }> = [];

beforeAll(async () => {
  pki = makePki();
  // The "expired" certificate is valid for 0 days: make sure its second has passed.
  await new Promise((r) => setTimeout(r, 1100));
});
afterAll(async () => {
  for (const s of servers) await s.close();
});

async function serve(which: 'server' | 'expired' | 'wrongHost' | 'selfSigned', extra: { requestCert?: boolean } = {}) {
  const s = await httpsLivy({ ...pki[which], ...(extra.requestCert ? { ca: pki.caPem, requestCert: true } : {}) });
  servers.push(s);
  return s;
}

const base = () => ({ LIVY_CONFIG_DIR: tempDir() });

describe('TLS against an in-process https server with a throwaway CA', () => {
  it('fails clearly without the CA, works with --ca-cert (flag, env, profile)', async () => {
    const s = await serve('server');
    const bare = await livy(['batches', 'list', '--url', s.url], { env: base() });
    expect(bare.code).toBe(3);
    expect(bare.stderr).toMatch(
      /TLS error talking to Livy at https:\/\/localhost:\d+: the server certificate (cannot be verified|was issued by a CA this machine does not trust)/,
    );
    expect(bare.stderr).toMatch(/--ca-cert/);

    const flag = await livy(['batches', 'list', '--url', s.url, '--ca-cert', pki.caFile], { env: base() });
    expect(flag.code, flag.stderr).toBe(0);
    const env = await livy(['batches', 'list', '--url', s.url], { env: { ...base(), LIVY_CA_CERT: pki.caFile } });
    expect(env.code, env.stderr).toBe(0);

    const e = base();
    expect((await livy(['profile', 'add', 'tls', '--url', s.url, '--ca-cert', pki.caFile], { env: e })).code).toBe(0);
    const viaProfile = await livy(['batches', 'list', '-p', 'tls'], { env: e });
    expect(viaProfile.code, viaProfile.stderr).toBe(0);
    expect(viaProfile.stderr).not.toMatch(/warning/);
  });

  it('--insecure works and warns on every use', async () => {
    const s = await serve('selfSigned');
    for (let i = 0; i < 2; i++) {
      const r = await livy(['batches', 'list', '--url', s.url, '--insecure'], { env: base() });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/warning: TLS certificate verification is OFF for https:\/\/localhost:\d+ \(--insecure\)/);
    }
  });

  it('names a self-signed certificate', async () => {
    const s = await serve('selfSigned');
    const r = await livy(['batches', 'list', '--url', s.url], { env: base() });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/the server certificate is self-signed \[DEPTH_ZERO_SELF_SIGNED_CERT\]/);
  });

  it('names an expired certificate', async () => {
    const s = await serve('expired');
    const r = await livy(['batches', 'list', '--url', s.url, '--ca-cert', pki.caFile], { env: base() });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/the server certificate has expired \[CERT_HAS_EXPIRED\]/);
  });

  it('names a certificate for another host', async () => {
    const s = await serve('wrongHost');
    const r = await livy(['batches', 'list', '--url', s.url, '--ca-cert', pki.caFile], { env: base() });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      /the server certificate is for another host name \(it names DNS:other.example\) \[ERR_TLS_CERT_ALTNAME_INVALID\]/,
    );
  });

  it('sends a client certificate from the profile', async () => {
    const s = await serve('server', { requestCert: true });
    const e = base();
    const without = await livy(['batches', 'list', '--url', s.url, '--ca-cert', pki.caFile], { env: e });
    expect(without.code).toBe(3);
    await livy(
      [
        'profile',
        'add',
        'mtls',
        '--url',
        s.url,
        '--ca-cert',
        pki.caFile,
        '--client-cert',
        pki.client.certFile,
        '--client-key',
        pki.client.keyFile,
      ],
      { env: e },
    );
    const withCert = await livy(['batches', 'list', '-p', 'mtls'], { env: e });
    expect(withCert.code, withCert.stderr).toBe(0);
  });

  it('a CA file that is not PEM is a usage error', async () => {
    const bad = join(tempDir(), 'ca.der');
    writeFileSync(bad, 'not a certificate');
    const r = await livy(['batches', 'list', '--url', 'https://localhost:1', '--ca-cert', bad], { env: base() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is not PEM/);
  });

  it('inspectCertificate reports subject, issuer, dates and the verification result', async () => {
    const s = await serve('server');
    const url = new URL(s.url);
    const untrusted = await inspectCertificate(url);
    expect(untrusted).toMatchObject({ authorized: false, subject: 'CN=localhost', issuer: 'CN=Livy Test CA' });
    const trusted = await inspectCertificate(url, { ca: pki.caPem });
    expect(trusted).toMatchObject({ authorized: true, subjectAltName: expect.stringContaining('DNS:localhost') });
    expect(trusted.validTo).toMatch(/GMT/);
    const wrong = await inspectCertificate(new URL((await serve('wrongHost')).url), { ca: pki.caPem });
    expect(wrong).toMatchObject({ authorized: false, authorizationError: 'ERR_TLS_CERT_ALTNAME_INVALID' });
  });

  it('profile test shows the certificate subject and issuer when verification fails', async () => {
    const s = await serve('server');
    const e = base();
    await livy(['profile', 'add', 'x', '--url', s.url], { env: e });
    const r = await livy(['profile', 'test', 'x'], { env: e });
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/✗ tls: .*subject CN=localhost; issuer CN=Livy Test CA/);
    await livy(['profile', 'edit', 'x', '--ca-cert', pki.caFile], { env: e });
    const ok = await livy(['profile', 'test', 'x'], { env: e });
    expect(ok.stdout).toMatch(/✓ tls: TLSv1\.3 .*certificate verified/);
    expect(ok.stdout).toMatch(/✓ version: Livy 0\.9\.0-incubating/);
    expect(ok.code, ok.stdout).toBe(0);
  });
});
