// Real secured Livy servers: HTTPS with a keytool keystore, LDAP basic auth against
// Debian's slapd, Kerberos SPNEGO against Debian's krb5-kdc, CSRF, and profile switching between
// them. Each server is started (one at a time: 2 cores) on its own port and run dir and stopped
// after its block; the suite's default local Livy is untouched. The CLI is the built bin/livy.js.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { findFreePort } from '../../../src/local/port.js';
import { describeLivy, livyMissing, runLivy, type RunResult } from '../helpers.js';
import { describeWith, missingPrerequisites } from '../support/prerequisites.js';
import { startSecuredLivy, type SecuredLivy } from './secured-livy.js';

const HERE = import.meta.dirname;
const LDAP_PASSWORD = 'Ldap-e2e-Pw-7731';
const KRB_PASSWORD = 'Krb-e2e-Pw-5519';
const STORE_PASSWORD = 'Store-e2e-Pw-2046';

function kerberosModuleMissing(): string | undefined {
  try {
    createRequire(join(HERE, '..', '..', '..', 'package.json')).resolve('kerberos');
    return undefined;
  } catch {
    return 'the optional npm package "kerberos" is not installed';
  }
}

/** Runs the CLI with a private config dir and no LIVY_URL from the suite. */
function cli(configDir: string, args: string[], env: Record<string, string | undefined> = {}, input?: string): Promise<RunResult> {
  return runLivy(args, {
    env: { LIVY_URL: undefined, LIVY_CONFIG_DIR: configDir, ...env },
    ...(input !== undefined ? { input } : {}),
    timeoutMs: 120_000,
  });
}

const all = (r: RunResult) => `${r.stdout}\n${r.stderr}`;

describeWith([...livyMissing(), ...missingPrerequisites(['keytool', 'openssl'])])(
  'HTTPS Livy (keystore made with keytool, throwaway CA)',
  () => {
    let server: SecuredLivy;
    let pki: string;
    const config = mkdtempSync(join(tmpdir(), 'livy-e2e-cfg-'));

    beforeAll(async () => {
      pki = mkdtempSync(join(tmpdir(), 'livy-e2e-pki-'));
      execFileSync('bash', [join(HERE, 'pki.sh'), pki, STORE_PASSWORD]);
      server = await startSecuredLivy({
        scheme: 'https',
        host: 'localhost',
        livyConf: {
          'livy.keystore': join(pki, 'livy.p12'),
          'livy.keystore.password': STORE_PASSWORD,
          'livy.key-password': STORE_PASSWORD,
          'livy.keystore.type': 'PKCS12',
        },
      });
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('fails clearly without the CA', async () => {
      const r = await cli(config, ['batches', 'list', '--url', server.url]);
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(
        /TLS error talking to Livy at https:\/\/localhost:\d+: the server certificate (cannot be verified|was issued by a CA this machine does not trust|chains up to a CA this machine does not trust)/,
      );
      expect(r.stderr).toMatch(/--ca-cert/);
    });

    it('fails clearly when trusting an unrelated CA', async () => {
      const r = await cli(config, ['batches', 'list', '--url', server.url, '--ca-cert', join(pki, 'other-ca.pem')]);
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/TLS error/);
    });

    it('works with --ca-cert, and through a profile', async () => {
      const r = await cli(config, ['batches', 'list', '--url', server.url, '--ca-cert', join(pki, 'ca.pem'), '-o', 'json']);
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)).toBeDefined();
      expect((await cli(config, ['profile', 'add', 'tls', '--url', server.url, '--ca-cert', join(pki, 'ca.pem')])).code).toBe(0);
      const viaProfile = await cli(config, ['batches', 'list', '-p', 'tls']);
      expect(viaProfile.code, viaProfile.stderr).toBe(0);
      expect(viaProfile.stderr).not.toMatch(/warning/);
    });

    it('works with --insecure and warns every time', async () => {
      for (let i = 0; i < 2; i++) {
        const r = await cli(config, ['batches', 'list', '--url', server.url, '--insecure']);
        expect(r.code, r.stderr).toBe(0);
        expect(r.stderr).toMatch(/warning: TLS certificate verification is OFF/);
      }
    });

    it('fails clearly on a wrong host name (the certificate names localhost only)', async () => {
      const r = await cli(config, [
        'batches',
        'list',
        '--url',
        server.url.replace('localhost', '127.0.0.1'),
        '--ca-cert',
        join(pki, 'ca.pem'),
      ]);
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(
        /the server certificate is for another host name \(it names DNS:localhost\) \[ERR_TLS_CERT_ALTNAME_INVALID\]/,
      );
    });

    it('profile test reports TLS details, version and writes (CSRF on)', async () => {
      const r = await cli(config, ['profile', 'test', 'tls']);
      expect(r.code, all(r)).toBe(0);
      expect(r.stdout).toMatch(/✓ tls: TLSv1\.[23] .*certificate verified: subject CN=localhost; issuer CN=Livy E2E Test CA/);
      expect(r.stdout).toMatch(/✓ version: Livy 0\.9\.0-incubating/);
      expect(r.stdout).toMatch(/✓ writes: POST accepted for validation \(X-Requested-By sent; CSRF fine\)/);
    });
  },
);

describeWith([...livyMissing(), ...missingPrerequisites(['slapd', 'slapadd', 'slappasswd', 'ldapwhoami'])])(
  'LDAP basic auth (slapd on 127.0.0.1)',
  () => {
    let server: SecuredLivy;
    let ldapDir: string;
    const config = mkdtempSync(join(tmpdir(), 'livy-e2e-cfg-'));
    const outputs: string[] = [];
    const run = async (args: string[], env: Record<string, string | undefined> = {}, input?: string) => {
      const r = await cli(config, args, env, input);
      outputs.push(all(r));
      return r;
    };

    beforeAll(async () => {
      ldapDir = mkdtempSync(join(tmpdir(), 'livy-e2e-ldap-'));
      const port = await findFreePort();
      execFileSync('bash', [join(HERE, 'ldap.sh'), 'start', ldapDir, String(port), 'alice', LDAP_PASSWORD]);
      server = await startSecuredLivy({
        scheme: 'http',
        livyConf: {
          'livy.server.auth.type': 'ldap',
          'livy.server.auth.ldap.url': `ldap://127.0.0.1:${port}`,
          'livy.server.auth.ldap.base-dn': 'ou=people,dc=livy,dc=test',
        },
      });
    });
    afterAll(async () => {
      await server?.stop();
      if (ldapDir) execFileSync('bash', [join(HERE, 'ldap.sh'), 'stop', ldapDir]);
    });

    it('without credentials: exit 3, the Basic scheme and a hint', async () => {
      const r = await run(['batches', 'list', '--url', server.url]);
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/HTTP 401.*it offers: Basic/);
      expect(r.stderr).toMatch(/hint: .*user and password/);
    });

    it('wrong password: exit 3 with a clear message', async () => {
      const r = await run(['batches', 'list', '--url', server.url], { LIVY_USER: 'alice', LIVY_PASSWORD: 'not-the-password' });
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/Livy refused the user name or password \(HTTP 403\): Error validating LDAP user/);
      const doctor = await run(['profile', 'test', '--url', server.url], { LIVY_USER: 'alice', LIVY_PASSWORD: 'not-the-password' });
      expect(doctor.code).toBe(3);
      expect(doctor.stdout).toMatch(/✗ login \(basic\): Livy refused the user name or password/);
    });

    it('right password from an environment variable works', async () => {
      expect(
        (await run(['profile', 'add', 'ldap-env', '--url', server.url, '--user', 'alice', '--password-env', 'E2E_LDAP_PW'])).code,
      ).toBe(0);
      const r = await run(['batches', 'list', '-p', 'ldap-env', '-v'], { E2E_LDAP_PW: LDAP_PASSWORD });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/authorization: \*\*\*/);
    });

    it('right password from a command works', async () => {
      const secretFile = join(mkdtempSync(join(tmpdir(), 'livy-e2e-secret-')), 'pw');
      writeFileSync(secretFile, `${LDAP_PASSWORD}\n`, { mode: 0o600 });
      expect(
        (await run(['profile', 'add', 'ldap-cmd', '--url', server.url, '--user', 'alice', '--password-command', `cat ${secretFile}`])).code,
      ).toBe(0);
      const r = await run(['batches', 'list', '-p', 'ldap-cmd']);
      expect(r.code, r.stderr).toBe(0);
    });

    it('a stored password (stdin) works, and the file is 0600 in a 0700 dir', async () => {
      expect(
        (await run(['profile', 'add', 'ldap-stored', '--url', server.url, '--user', 'alice', '--password-stdin'], {}, `${LDAP_PASSWORD}\n`))
          .code,
      ).toBe(0);
      expect(statSync(join(config, 'profiles.json')).mode & 0o777).toBe(0o600);
      expect(statSync(config).mode & 0o777).toBe(0o700);
      const show = await run(['profile', 'show', 'ldap-stored', '-o', 'json']);
      expect(JSON.parse(show.stdout).password).toEqual({ from: 'stored', value: '***' });
      const r = await run(['profile', 'test', 'ldap-stored']);
      expect(r.code, all(r)).toBe(0);
      expect(r.stdout).toMatch(/· authentication: the server asks for authentication: WWW-Authenticate Basic/);
      expect(r.stdout).toMatch(/✓ login \(basic\): accepted/);
    });

    it('writes succeed with CSRF on (a real batch, killed at once)', async () => {
      const app = join(mkdtempSync(join(tmpdir(), 'livy-e2e-app-')), 'noop.py');
      writeFileSync(app, 'print("hello")\n');
      const r = await run(['submit', '-p', 'ldap-env', '--async', '-o', 'json', '--name', `e2e-ldap-${Date.now()}`, app], {
        E2E_LDAP_PW: LDAP_PASSWORD,
      });
      expect(r.code, r.stderr).toBe(0);
      const id = JSON.parse(r.stdout).id as number;
      const kill = await run(['batches', 'kill', String(id), '-p', 'ldap-env'], { E2E_LDAP_PW: LDAP_PASSWORD });
      expect(kill.code, kill.stderr).toBe(0);
    });

    it('the password never appears in any output or in the server log', () => {
      for (const o of outputs) expect(o).not.toContain(LDAP_PASSWORD);
      expect(readFileSync(server.logFile, 'utf8')).not.toContain(LDAP_PASSWORD);
    });
  },
);

describeWith([
  ...livyMissing(),
  ...missingPrerequisites(['krb5kdc', 'kdb5_util', 'kadmin.local', 'kinit', 'klist'], [kerberosModuleMissing()]),
])('Kerberos SPNEGO (krb5-kdc, realm LIVY.TEST)', () => {
  let server: SecuredLivy;
  let kdcDir: string;
  let env: Record<string, string>;
  const config = mkdtempSync(join(tmpdir(), 'livy-e2e-cfg-'));

  beforeAll(async () => {
    kdcDir = mkdtempSync(join(tmpdir(), 'livy-e2e-kdc-'));
    const port = await findFreePort();
    execFileSync('bash', [join(HERE, 'kdc.sh'), 'start', kdcDir, String(port), 'alice', KRB_PASSWORD]);
    env = { KRB5_CONFIG: join(kdcDir, 'krb5.conf'), KRB5CCNAME: `FILE:${join(kdcDir, 'alice.ccache')}` };
    server = await startSecuredLivy({
      scheme: 'http',
      host: 'localhost',
      javaOptions: [`-Djava.security.krb5.conf=${join(kdcDir, 'krb5.conf')}`],
      livyConf: {
        'livy.server.auth.type': 'kerberos',
        'livy.server.auth.kerberos.principal': 'HTTP/localhost@LIVY.TEST',
        'livy.server.auth.kerberos.keytab': join(kdcDir, 'http.keytab'),
      },
    });
  });
  afterAll(async () => {
    await server?.stop();
    if (kdcDir) execFileSync('bash', [join(HERE, 'kdc.sh'), 'stop', kdcDir]);
  });

  it('without a ticket: says to run kinit', async () => {
    expect((await cli(config, ['profile', 'add', 'krb', '--url', server.url, '--auth', 'kerberos'])).code).toBe(0);
    const r = await cli(config, ['batches', 'list', '-p', 'krb'], env);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/no Kerberos ticket to authenticate to HTTP@localhost/);
    expect(r.stderr).toMatch(/kinit/);
    const doctor = await cli(config, ['profile', 'test', 'krb'], env);
    expect(doctor.stdout).toMatch(/✗ kerberos ticket: no valid ticket/);
  });

  it('with a ticket from kinit: authenticates with SPNEGO', async () => {
    execFileSync('kinit', ['alice'], { env: { ...process.env, ...env }, input: `${KRB_PASSWORD}\n` });
    const r = await cli(config, ['batches', 'list', '-p', 'krb', '-v'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/authorization: \*\*\*/);
    const doctor = await cli(config, ['profile', 'test', 'krb'], env);
    expect(doctor.code, all(doctor)).toBe(0);
    expect(doctor.stdout).toMatch(/✓ kerberos ticket: alice@LIVY.TEST, service HTTP@localhost/);
    expect(doctor.stdout).toMatch(/WWW-Authenticate Negotiate/);
    expect(doctor.stdout).toMatch(/✓ login \(kerberos\): accepted/);
    expect(doctor.stdout).toMatch(/✓ writes: POST accepted/);
  });

  it('the SPN can be overridden (a wrong one is named clearly)', async () => {
    await cli(config, ['profile', 'edit', 'krb', '--kerberos-service', 'HTTP@nosuchhost']);
    const r = await cli(config, ['batches', 'list', '-p', 'krb'], env);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/does not know the service HTTP@nosuchhost/);
    await cli(config, ['profile', 'edit', 'krb', '--unset', 'kerberos-service']);
  });
});

describeLivy('profile switching against real servers', () => {
  it('switches by --profile, LIVY_PROFILE and use; the built-in local profile is the suite server', async () => {
    const config = mkdtempSync(join(tmpdir(), 'livy-e2e-cfg-'));
    const suiteUrl = process.env.LIVY_E2E_URL!;
    await cli(config, ['profile', 'add', 'suite', '--url', suiteUrl]);
    await cli(config, ['profile', 'add', 'nowhere', '--url', 'http://127.0.0.1:1']);
    expect((await cli(config, ['batches', 'list', '-p', 'suite'])).code).toBe(0);
    expect((await cli(config, ['batches', 'list', '-p', 'nowhere'])).code).toBe(3);
    expect((await cli(config, ['batches', 'list'], { LIVY_PROFILE: 'nowhere' })).code).toBe(3);
    expect((await cli(config, ['batches', 'list', '-p', 'suite'], { LIVY_PROFILE: 'nowhere' })).code).toBe(0);
    await cli(config, ['profile', 'use', 'nowhere']);
    expect((await cli(config, ['batches', 'list'])).code).toBe(3);
    // --url beats the profile chosen with 'use'.
    expect((await cli(config, ['batches', 'list', '--url', suiteUrl])).code).toBe(0);
    // The built-in profile: the suite's server is the running `livy local` of its run dir.
    const local = await cli(config, ['profile', 'show', 'local', '-o', 'json'], { LIVY_LOCAL_RUN_DIR: process.env.LIVY_LOCAL_RUN_DIR });
    expect(JSON.parse(local.stdout)).toMatchObject({ name: 'local', url: suiteUrl, builtin: true });
    expect((await cli(config, ['batches', 'list', '-p', 'local'], { LIVY_LOCAL_RUN_DIR: process.env.LIVY_LOCAL_RUN_DIR })).code).toBe(0);
    expect(readdirSync(config)).toEqual(['profiles.json']);
    expect(existsSync(join(config, 'profiles.json'))).toBe(true);
  });
});
