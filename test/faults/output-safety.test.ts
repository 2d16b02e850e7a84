// A server that echoes the request's headers in its error bodies, and sends escape sequences in
// names, states and messages: nothing of it may reach the user raw.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { batchView, FakeLivy, type FakeRequest } from '../support/fake-livy.js';
import { runCli } from '../support/run-cli.js';

const TOKEN = 'tok-9f8e7d6c5b4a';
const USER = 'alice';
const PASSWORD = 'pw-Sekr1t-0042';
const BASIC = Buffer.from(`${USER}:${PASSWORD}`).toString('base64');
const API_KEY = 'key-0123456789abcdef';

/** OSC title, clear screen, OSC 52 clipboard write, cursor up, 8-bit CSI, BEL, DEL. */
const NASTY = '\x1b]0;pwned\x07\x1b[2J\x1b]52;c;ZWNobyBoaQ==\x07\x1b[1A\x9b31m\x07\x7fname';

function echoHeaders(request: FakeRequest): string {
  return Object.entries(request.headers)
    .map(([name, value]) => `${name}: ${String(value)}`)
    .join('; ');
}

function leaks(text: string): string[] {
  return [TOKEN, PASSWORD, BASIC, `${USER}:${PASSWORD}`, API_KEY].filter((secret) => text.includes(secret));
}

describe('a server echoing request headers in an error', () => {
  let fake: FakeLivy;
  beforeEach(async () => {
    fake = await new FakeLivy().start();
    fake.on('GET', '/batches', (request) => ({ status: 500, json: { msg: `boom, you sent ${echoHeaders(request)}` } }));
    fake.on('GET', '/batches/7', (request) => ({
      status: 400,
      body: `<html><title>Error 400 ${echoHeaders(request)}</title></html>`,
      contentType: 'text/html',
    }));
  });
  afterEach(() => fake.stop());

  it('bearer token: not in the text error', async () => {
    const run = await runCli(['batches', 'list'], { env: { LIVY_URL: fake.url, LIVY_TOKEN: TOKEN } });
    expect(fake.requests[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('authorization: Bearer ***');
    expect(leaks(run.stdout + run.stderr)).toEqual([]);
  });

  it('bearer token: not in the JSON error', async () => {
    const run = await runCli(['batches', 'list', '-o', 'json'], { env: { LIVY_URL: fake.url, LIVY_TOKEN: TOKEN } });
    expect(JSON.parse(run.stdout).error.message).toContain('Bearer ***');
    expect(leaks(run.stdout + run.stderr)).toEqual([]);
  });

  it('Basic credentials: neither the base64 form nor the password, in text or JSON', async () => {
    const env = { LIVY_URL: fake.url, LIVY_USER: USER, LIVY_PASSWORD: PASSWORD };
    const text = await runCli(['batches', 'get', '7'], { env });
    expect(fake.requests[0]!.headers.authorization).toBe(`Basic ${BASIC}`);
    expect(text.stderr).toContain('authorization: Basic ***');
    const json = await runCli(['batches', 'get', '7', '-o', 'json'], { env });
    expect(leaks(text.stdout + text.stderr + json.stdout + json.stderr)).toEqual([]);
  });

  it('a secret header given with -H: not in the error, nor in --verbose', async () => {
    const run = await runCli(['batches', 'list', '--verbose', '-H', `X-Api-Key: ${API_KEY}`], { env: { LIVY_URL: fake.url } });
    expect(fake.requests[0]!.headers['x-api-key']).toBe(API_KEY);
    expect(run.stderr).toContain('x-api-key: ***');
    expect(leaks(run.stdout + run.stderr)).toEqual([]);
  });

  it('a password echoed JSON-escaped or percent-encoded is scrubbed too', async () => {
    const odd = 'p"w\\d/%&x';
    fake.on('GET', '/batches', () => ({
      status: 500,
      body: `{"msg": "raw ${JSON.stringify(odd).slice(1, -1)} and ${encodeURIComponent(odd)}"`,
      contentType: 'text/plain',
    }));
    const run = await runCli(['batches', 'list'], { env: { LIVY_URL: fake.url, LIVY_USER: USER, LIVY_PASSWORD: odd } });
    expect(run.code).toBe(3);
    expect(run.stderr).not.toContain(JSON.stringify(odd).slice(1, -1));
    expect(run.stderr).not.toContain(encodeURIComponent(odd));
    expect(run.stderr).toMatch(/raw \*\*\* and \*\*\*/);
  });
});

describe('escape sequences from the server', () => {
  let fake: FakeLivy;
  beforeEach(async () => {
    fake = await new FakeLivy().start();
  });
  afterEach(() => fake.stop());

  it('a batch name with escapes is listed without any control character in text', async () => {
    fake.on('GET', '/batches', { json: { from: 0, total: 1, sessions: [batchView(4, 'running', { name: NASTY, appId: `app${NASTY}` })] } });
    const run = await runCli(['batches', 'list'], { env: { LIVY_URL: fake.url } });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^4\s+name\s+running\s+appname$/m);
    expect(run.stdout + run.stderr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
  });

  it('the same name is exact in JSON output', async () => {
    fake.on('GET', '/batches', { json: { from: 0, total: 1, sessions: [batchView(4, 'running', { name: NASTY })] } });
    const run = await runCli(['batches', 'list', '-o', 'json'], { env: { LIVY_URL: fake.url } });
    expect(JSON.parse(run.stdout).sessions[0].name).toBe(NASTY);
    expect(run.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
  });

  it('an error message with escapes is printed without them', async () => {
    fake.on('GET', '/batches/3', { status: 404, json: { msg: `Session '3' not found.${NASTY}` } });
    const run = await runCli(['batches', 'get', '3'], { env: { LIVY_URL: fake.url } });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("error: not found on the server: Session '3' not found.name\n");
    expect(run.stderr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
  });

  it("on a colour terminal, only this CLI's own colour codes remain", async () => {
    const concealed = `${NASTY}\x1b[8mhidden`;
    fake.on('GET', '/batches', { json: { from: 0, total: 1, sessions: [batchView(3, 'running', { name: concealed })] } });
    const run = await runCli(['batches', 'list'], { env: { LIVY_URL: fake.url, FORCE_COLOR: '1' }, tty: true });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('\x1b[1mID'); // the header is bold: colour is on
    expect(run.stdout).not.toContain('\x1b[8m');
    const withoutSgr = (run.stdout + run.stderr).replace(/\x1b\[[0-9;]*m/g, '');
    expect(withoutSgr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(run.stdout).not.toContain('\x1b[2J');
  });
});
