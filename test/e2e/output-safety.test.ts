// Terminal safety and side-effect-free checks against the suite's real local Livy.
import { join } from 'node:path';
import { afterAll, expect, inject, it } from 'vitest';
import { describeLivy, JOBS, livyRequest, livyUrl, runLivy } from './helpers.js';

const ESCAPES = '\x1b]0;pwned\x07\x1b[2J\x1b]52;c;ZWNobyBoaQ==\x07';

function cliEnv(): Record<string, string> {
  return { LIVY_URL: livyUrl(), LIVY_LOCAL_RUN_DIR: inject('livyRunDir') };
}

interface BatchPage {
  total: number;
  sessions: Array<{ id: number; name: string | null; state: string }>;
}

describeLivy('output safety against a real Livy', () => {
  const created: number[] = [];
  afterAll(async () => {
    for (const id of created) await livyRequest('DELETE', `/batches/${id}`);
  });

  it('a batch named with escape sequences: batches list prints no raw ESC, JSON keeps the name exact', async () => {
    const name = `esc-${Date.now()}${ESCAPES}`;
    const post = await livyRequest<{ id: number; name: string }>('POST', '/batches', { file: `file://${join(JOBS, 'fail.py')}`, name });
    expect(post.status).toBe(201);
    created.push(post.body.id);
    expect(post.body.name).toBe(name); // the server keeps the escapes as they were

    const text = await runLivy(['batches', 'list'], { env: cliEnv(), timeoutMs: 60_000 });
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(new RegExp(`^${post.body.id}\\s+esc-\\d+\\s`, 'm'));
    expect(text.stdout + text.stderr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);

    const json = await runLivy(['batches', 'list', '-o', 'json'], { env: cliEnv(), timeoutMs: 60_000 });
    const listed = (JSON.parse(json.stdout) as BatchPage).sessions.find((b) => b.id === post.body.id);
    expect(listed?.name).toBe(name);
  });

  it('profile test checks writes without creating a batch', async () => {
    const before = await livyRequest<BatchPage>('GET', '/batches?size=1000');
    const run = await runLivy(['profile', 'test'], { env: cliEnv(), timeoutMs: 60_000 });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/✓ writes: POST accepted for validation \(X-Requested-By sent; CSRF fine\); nothing was created$/m);
    const after = await livyRequest<BatchPage>('GET', '/batches?size=1000');
    expect(after.body.total).toBe(before.body.total);
    expect(after.body.sessions.map((b) => b.id)).toEqual(before.body.sessions.map((b) => b.id));
  });

  it('batches kill .. is refused before any request: exit 2', async () => {
    const run = await runLivy(['batches', 'kill', '..'], { env: cliEnv(), timeoutMs: 60_000 });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: '\.\.' is not a valid batch name/m);
  });
});
