import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { batchView, FakeLivy } from '../../support/fake-livy.js';
import { livy, tempDir } from './helpers.js';

let fake: FakeLivy;
beforeEach(async () => {
  fake = await new FakeLivy().start();
  fake.on('GET', '/version', { json: { version: '0.9.0-incubating', user: 'livy' } });
});
afterEach(() => fake.stop());

const env = () => ({ LIVY_CONFIG_DIR: tempDir(), LIVY_URL: fake.url });

describe('profile test: the write check', () => {
  it('posts a batch Livy refuses before creating it: named 0, with no file', async () => {
    fake.on('POST', '/batches', { status: 400, json: { msg: 'Rejected, Reason: Invalid session name: 0' } });
    const run = await livy(['profile', 'test'], { env: env() });
    expect(run.code).toBe(0);
    const post = fake.requests.find((r) => r.method === 'POST')!;
    expect(JSON.parse(post.body)).toEqual({ name: '0' });
    expect(run.stdout).toMatch(/✓ writes: POST accepted for validation \(X-Requested-By sent; CSRF fine\); nothing was created$/m);
  });

  it('sends the proxy user, so a refused impersonation shows', async () => {
    fake.on('POST', '/batches', { status: 403, json: { msg: 'User livy not allowed to impersonate root.' } });
    const run = await livy(['profile', 'test'], { env: { ...env(), LIVY_PROXY_USER: 'root' } });
    expect(JSON.parse(fake.requests.find((r) => r.method === 'POST')!.body)).toEqual({ name: '0', proxyUser: 'root' });
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(/✗ writes: Livy does not let your account act as another user/);
  });

  it('a server that creates the probe anyway: it is deleted and the check warns', async () => {
    fake.on('POST', '/batches', { status: 201, json: batchView(41, 'starting', { name: '0' }) });
    fake.on('DELETE', '/batches/41', { json: { msg: 'deleted' } });
    const run = await livy(['profile', 'test'], { env: env() });
    expect(fake.requests.some((r) => r.method === 'DELETE' && r.path === '/batches/41')).toBe(true);
    expect(run.stdout).toMatch(/! writes: this server accepted a probe batch named '0' \(id 41\); it was deleted/);
  });
});

describe('-H with a credential', () => {
  it('is warned about: visible in ps and shell history', async () => {
    fake.on('GET', '/batches', { json: { from: 0, total: 0, sessions: [] } });
    const run = await livy(['batches', 'list', '-H', 'Authorization: Bearer abcdefgh'], { env: env() });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /^warning: the Authorization header given with -H is visible to other users \(ps\) and stays in your shell history; keep credentials in a profile/m,
    );
  });

  it('is not warned about for an ordinary header', async () => {
    fake.on('GET', '/batches', { json: { from: 0, total: 0, sessions: [] } });
    const run = await livy(['batches', 'list', '-H', 'X-Team: data'], { env: env() });
    expect(run.stderr).toBe('');
  });

  it('saved in a profile: warned that the file stores it as plain text', async () => {
    const run = await livy(['profile', 'add', 'gw', '--url', fake.url, '-H', 'X-Api-Key: k-123456'], { env: env() });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/warning: the X-Api-Key header given with -H .* the profile stores it as plain text/);
  });
});
