import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { batchView, FakeLivy, type FakeHandler } from '../../support/fake-livy.js';
import { livy, tempDir } from '../profiles/helpers.js';

const SECRET = 'hunter2-S3cret';
let fake: FakeLivy;
let env: NodeJS.ProcessEnv;

/** A Livy behind LDAP basic auth (alice / SECRET) with CSRF protection, like livy.server.auth.type = ldap. */
function securedFake(): void {
  const ok = `Basic ${Buffer.from(`alice:${SECRET}`).toString('base64')}`;
  const guard =
    (handler: FakeHandler): FakeHandler =>
    (req) =>
      req.headers.authorization !== ok
        ? { status: 401, body: 'Unauthorized', headers: { 'www-authenticate': 'Basic realm="livy"' } }
        : handler(req);
  fake.on(
    'GET',
    '/version',
    guard(() => ({ json: { version: '0.9.0-incubating', user: 'livy' } })),
  );
  fake.on(
    'GET',
    '/batches',
    guard(() => ({ json: { from: 0, total: 1, sessions: [batchView(7, 'running')] } })),
  );
  fake.on(
    'POST',
    '/batches',
    guard((req) => {
      if (!req.headers['x-requested-by']) return { status: 400, body: 'Missing Required Header for CSRF protection.' };
      const body = req.body ? JSON.parse(req.body) : {};
      if (body.proxyUser === 'root') return { status: 403, json: { msg: 'User alice not allowed to impersonate root.' } };
      if (!body.file) return { status: 400, json: { msg: 'requirement failed: File is required.' } };
      return { status: 201, json: batchView(8, 'starting', { proxyUser: body.proxyUser ?? null }) };
    }),
  );
}

beforeEach(async () => {
  fake = await new FakeLivy().start();
  env = { LIVY_CONFIG_DIR: join(tempDir(), 'cfg') };
});
afterEach(async () => {
  await fake.stop();
});

const noSecret = (...outputs: string[]) => {
  for (const o of outputs) expect(o).not.toContain(SECRET);
};

describe('livy profile add/list/show/use/current/edit/rename/remove', () => {
  it('manages profiles and keeps the file private', async () => {
    let r = await livy(
      ['profile', 'add', 'dev', '--url', fake.url, '--conf', 'spark.a=1', '--proxy-user', 'etl', '--default-kind', 'pyspark'],
      { env },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/now the default: first profile/);
    r = await livy(['profile', 'add', 'prod', '--url', 'https://prod:8443/gateway/default/livy/v1', '--auth', 'kerberos'], { env });
    expect(r.code, r.stderr).toBe(0);

    const list = await livy(['profile', 'list', '-o', 'json'], { env });
    expect(JSON.parse(list.stdout)).toEqual([
      { name: 'dev', url: fake.url, auth: 'none', current: true, builtin: false },
      { name: 'prod', url: 'https://prod:8443/gateway/default/livy/v1', auth: 'kerberos', current: false, builtin: false },
      { name: 'local', url: null, auth: 'none', current: false, builtin: true },
    ]);
    expect((await livy(['profile', 'list'], { env })).stdout).toMatch(/^\* dev /m);

    expect((await livy(['profile', 'use', 'prod'], { env })).code).toBe(0);
    expect((await livy(['profile', 'current'], { env })).stdout).toMatch(/^prod\t.*chosen by 'livy profile use'/);
    expect((await livy(['profile', 'current'], { env: { ...env, LIVY_PROFILE: 'dev' } })).stdout).toMatch(/^dev\t.*chosen by LIVY_PROFILE/);
    expect((await livy(['profile', 'current', '-p', 'dev'], { env: { ...env, LIVY_PROFILE: 'prod' } })).stdout).toMatch(
      /^dev\t.*chosen by --profile/,
    );

    expect(
      (await livy(['profile', 'edit', 'prod', '--kerberos-service', 'HTTP@gw.example.com', '--header', 'X-Team: data'], { env })).code,
    ).toBe(0);
    const shown = JSON.parse((await livy(['profile', 'show', 'prod', '-o', 'json'], { env })).stdout);
    expect(shown).toMatchObject({ name: 'prod', kerberosService: 'HTTP@gw.example.com', headers: { 'X-Team': 'data' }, current: true });

    expect((await livy(['profile', 'rename', 'prod', 'production'], { env })).code).toBe(0);
    expect((await livy(['profile', 'current'], { env })).stdout).toMatch(/^production\t/);
    expect((await livy(['profile', 'remove', 'production'], { env })).stderr).toMatch(/no profile is the default now/);
    expect((await livy(['profile', 'show', 'production'], { env })).code).toBe(2);

    const file = join(env.LIVY_CONFIG_DIR!, 'profiles.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(env.LIVY_CONFIG_DIR!).mode & 0o777).toBe(0o700);
  });

  it('refuses bad input with exit 2', async () => {
    expect((await livy(['profile', 'add', 'x'], { env })).stderr).toMatch(/needs --url/);
    expect((await livy(['profile', 'add', 'local', '--url', fake.url], { env })).stderr).toMatch(/built-in/);
    expect((await livy(['profile', 'add', 'bad name', '--url', fake.url], { env })).code).toBe(2);
    expect((await livy(['profile', 'add', 'b', '--url', fake.url, '--auth', 'basic'], { env })).stderr).toMatch(/needs --user/);
    expect(
      (await livy(['profile', 'add', 'b', '--url', fake.url, '--user', 'u', '--password-env', 'A', '--password-command', 'x'], { env }))
        .stderr,
    ).toMatch(/only one of/);
    expect((await livy(['profile', 'add', 'b', '--url', fake.url, '--ca-cert', '/no/such.pem'], { env })).stderr).toMatch(/no such file/);
    expect((await livy(['profile', 'use', 'nope'], { env })).code).toBe(2);
  });

  it('a hand-broken file gives an error naming file and line, and is left alone', async () => {
    await livy(['profile', 'add', 'dev', '--url', fake.url], { env });
    const file = join(env.LIVY_CONFIG_DIR!, 'profiles.json');
    const broken = readFileSync(file, 'utf8').replace('"auth": "none"', '"auth": "none",,');
    writeFileSync(file, broken);
    for (const argv of [
      ['batches', 'list'],
      ['profile', 'add', 'x', '--url', fake.url],
      ['profile', 'list'],
    ]) {
      const r = await livy(argv, { env });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`the profiles file ${file} is not valid: line 6`);
    }
    expect(readFileSync(file, 'utf8')).toBe(broken);
    // A command naming the server itself still works.
    fake.on('GET', '/batches', { json: { from: 0, total: 0, sessions: [] } });
    expect((await livy(['batches', 'list', '--url', fake.url], { env })).code).toBe(0);
  });
});

describe('basic authentication (LDAP) and secrets', () => {
  beforeEach(securedFake);

  it('stores a password from stdin only, never prints it (show, json, --verbose, --dry-run, errors)', async () => {
    const add = await livy(['profile', 'add', 'ldap', '--url', fake.url, '--user', 'alice', '--password-stdin'], {
      env,
      input: `${SECRET}\n`,
    });
    expect(add.code, add.stderr).toBe(0);
    const show = await livy(['profile', 'show', 'ldap'], { env });
    expect(show.stdout).toMatch(/password\s+\*\*\* \(stored\)/);
    const json = await livy(['profile', 'show', 'ldap', '-o', 'json'], { env });
    expect(JSON.parse(json.stdout).password).toEqual({ from: 'stored', value: '***' });
    const list = await livy(['batches', 'list', '-v'], { env });
    expect(list.code, list.stderr).toBe(0);
    expect(list.stderr).toMatch(/authorization: \*\*\*/);
    const dry = await livy(['submit', '-v', '--dry-run', '/tmp/app.py'], { env });
    const test = await livy(['profile', 'test', 'ldap', '-o', 'json'], { env });
    expect(JSON.parse(test.stdout).ok).toBe(true);
    noSecret(add.stdout, add.stderr, show.stdout, json.stdout, list.stdout, list.stderr, dry.stdout, dry.stderr, test.stdout, test.stderr);
    expect(readFileSync(join(env.LIVY_CONFIG_DIR!, 'profiles.json'), 'utf8')).toContain(SECRET); // stored, as asked, in the 0600 file
  });

  it('keeps only the indirection for --password-env / --password-command', async () => {
    await livy(['profile', 'add', 'e', '--url', fake.url, '--user', 'alice', '--password-env', 'LDAP_PW'], { env });
    await livy(['profile', 'add', 'c', '--url', fake.url, '--user', 'alice', '--password-command', 'printf %s "$PW_SOURCE"'], { env });
    expect(readFileSync(join(env.LIVY_CONFIG_DIR!, 'profiles.json'), 'utf8')).not.toContain(SECRET);
    const viaEnv = await livy(['batches', 'list', '-p', 'e'], { env: { ...env, LDAP_PW: SECRET } });
    expect(viaEnv.code, viaEnv.stderr).toBe(0);
    const viaCommand = await livy(['batches', 'list', '-p', 'c'], { env: { ...env, PW_SOURCE: SECRET } });
    expect(viaCommand.code, viaCommand.stderr).toBe(0);
    const unset = await livy(['batches', 'list', '-p', 'e'], { env });
    expect(unset.code).toBe(2);
    expect(unset.stderr).toMatch(/LDAP_PW, which is not set/);
  });

  it('a wrong password is exit 3 with the scheme and a hint', async () => {
    await livy(['profile', 'add', 'e', '--url', fake.url, '--user', 'alice', '--password-env', 'LDAP_PW'], { env });
    const r = await livy(['batches', 'list', '-p', 'e'], { env: { ...env, LDAP_PW: 'wrong' } });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/HTTP 401.*it offers: Basic/);
    noSecret(r.stderr);
  });

  it('LIVY_USER / LIVY_PASSWORD work without a profile and beat it', async () => {
    const r = await livy(['batches', 'list', '--url', fake.url], { env: { ...env, LIVY_USER: 'alice', LIVY_PASSWORD: SECRET } });
    expect(r.code, r.stderr).toBe(0);
    await livy(['profile', 'add', 'e', '--url', fake.url, '--user', 'alice', '--password-env', 'LDAP_PW'], { env });
    const beat = await livy(['batches', 'list', '-p', 'e'], { env: { ...env, LDAP_PW: 'wrong', LIVY_PASSWORD: SECRET } });
    expect(beat.code, beat.stderr).toBe(0);
  });

  it('sends X-Requested-By on writes (CSRF) and merges the profile conf/proxyUser under the command', async () => {
    await livy(
      [
        'profile',
        'add',
        'e',
        '--url',
        fake.url,
        '--user',
        'alice',
        '--password-env',
        'LDAP_PW',
        '--conf',
        'spark.a=profile',
        '--conf',
        'spark.b=profile',
        '--proxy-user',
        'etl',
      ],
      { env },
    );
    const r = await livy(['submit', '-p', 'e', '--async', '--conf', 'spark.b=command', '/tmp/app.py'], {
      env: { ...env, LDAP_PW: SECRET },
    });
    expect(r.code, r.stderr).toBe(0);
    const post = fake.requests.find((q) => q.method === 'POST')!;
    expect(post.headers['x-requested-by']).toBeTruthy();
    expect(JSON.parse(post.body)).toMatchObject({ proxyUser: 'etl', conf: { 'spark.a': 'profile', 'spark.b': 'command' } });
  });

  it('a refused impersonation reads as such', async () => {
    await livy(['profile', 'add', 'e', '--url', fake.url, '--user', 'alice', '--password-env', 'LDAP_PW', '--proxy-user', 'root'], { env });
    const r = await livy(['submit', '-p', 'e', '--async', '/tmp/app.py'], { env: { ...env, LDAP_PW: SECRET } });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/does not let your account act as another user \(HTTP 403\)/);
    const doctor = await livy(['profile', 'test', 'e'], { env: { ...env, LDAP_PW: SECRET } });
    expect(doctor.code).toBe(3);
    expect(doctor.stdout).toMatch(/✗ writes: Livy does not let your account act as another user/);
  });
});

describe('bearer tokens', () => {
  beforeEach(() => {
    fake.on('GET', '/batches', (req) =>
      req.headers.authorization === `Bearer ${SECRET}`
        ? { json: { from: 0, total: 0, sessions: [] } }
        : { status: 401, body: 'no', headers: { 'www-authenticate': 'Bearer' } },
    );
  });

  it('from LIVY_TOKEN, a token command, or stdin', async () => {
    expect((await livy(['batches', 'list', '--url', fake.url], { env: { ...env, LIVY_TOKEN: SECRET } })).code).toBe(0);
    await livy(['profile', 'add', 'gw', '--url', fake.url, '--token-stdin'], { env, input: SECRET });
    const r = await livy(['batches', 'list', '-v'], { env });
    expect(r.code, r.stderr).toBe(0);
    noSecret(r.stdout, r.stderr);
    const bad = await livy(['batches', 'list'], { env: { ...env, LIVY_TOKEN: 'nope' } });
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/it offers: Bearer/);
  });
});

describe('profile test (doctor)', () => {
  it('reports version, latency and writes for an open server', async () => {
    fake.on('GET', '/version', { json: { version: '0.9.0-incubating', user: 'livy' } });
    fake.on('POST', '/batches', { status: 400, json: { msg: 'requirement failed: File is required.' } });
    const r = await livy(['profile', 'test', '--url', fake.url], { env });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/✓ authentication: the server answers without authentication/);
    expect(r.stdout).toMatch(/✓ version: Livy 0\.9\.0-incubating, running as livy; GET \/version took \d+ ms/);
    expect(r.stdout).toMatch(/✓ writes: POST accepted for validation/);
  });

  it('spots a proxy that strips X-Requested-By (CSRF 400)', async () => {
    fake.on('GET', '/version', { json: { version: '0.9.0' } });
    fake.on('POST', '/batches', { status: 400, body: 'Missing Required Header for CSRF protection.' });
    const r = await livy(['profile', 'test', '--url', fake.url], { env });
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/✗ writes: .*CSRF/);
    expect(r.stdout).toMatch(/X-Requested-By/);
  });

  it('reports the WWW-Authenticate scheme when no credentials are configured', async () => {
    fake.on('GET', '/version', { status: 401, body: 'no', headers: { 'www-authenticate': 'Negotiate' } });
    const r = await livy(['profile', 'test', '--url', fake.url, '-o', 'json'], { env });
    expect(r.code).toBe(3);
    const doc = JSON.parse(r.stdout);
    expect(doc.checks).toContainEqual(
      expect.objectContaining({
        check: 'authentication',
        status: 'fail',
        detail: 'the server asks for authentication: WWW-Authenticate Negotiate',
      }),
    );
  });

  it('reports an unreachable server', async () => {
    const r = await livy(['profile', 'test', '--url', 'http://127.0.0.1:1'], { env });
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/✗ reach: cannot reach Livy/);
  });
});

describe('secrets outside the credentials', () => {
  it('secret-looking conf values are *** in show, text and json', async () => {
    const add = await livy(
      ['profile', 'add', 'p1', '--url', fake.url, '--conf', `spark.hadoop.fs.s3a.secret.key=${SECRET}`, '--conf', 'spark.a=b'],
      { env },
    );
    expect(add.code).toBe(0);
    const text = await livy(['profile', 'show', 'p1'], { env });
    const json = await livy(['profile', 'show', 'p1', '-o', 'json'], { env });
    noSecret(add.stdout, add.stderr, text.stdout, text.stderr, json.stdout, json.stderr);
    expect(JSON.parse(json.stdout).conf).toEqual({ 'spark.hadoop.fs.s3a.secret.key': '***', 'spark.a': 'b' });
  });

  it('a URL with credentials is refused without echoing them', async () => {
    const url = fake.url.replace('http://', `http://alice:${SECRET}@`);
    const run = await livy(['batches', 'list', '--url', url], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/must not contain a user name or password/);
    noSecret(run.stdout, run.stderr);
    const add = await livy(['profile', 'add', 'p2', '--url', url], { env });
    expect(add.code).toBe(2);
    noSecret(add.stdout, add.stderr);
  });
});

describe('profile edit --unset', () => {
  it('rejects an unknown setting, and a removal that would break the profile, writing nothing', async () => {
    expect((await livy(['profile', 'add', 'p1', '--url', fake.url], { env })).code).toBe(0);
    const bogus = await livy(['profile', 'edit', 'p1', '--unset', 'bogus'], { env });
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toMatch(/Allowed choices/);
    const before = readFileSync(join(env.LIVY_CONFIG_DIR!, 'profiles.json'), 'utf8');
    const url = await livy(['profile', 'edit', 'p1', '--unset', 'url'], { env });
    expect(url.code).toBe(2);
    expect(url.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(env.LIVY_CONFIG_DIR!, 'profiles.json'), 'utf8')).toBe(before);
  });
});
