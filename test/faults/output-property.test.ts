// Property: whatever a server sends (escape sequences, echoed credentials), no output path of
// the CLI prints a known secret, nor a raw control character in text; JSON stays parseable.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchView, FakeLivy, type FakeRequest } from '../support/fake-livy.js';
import { runCli } from '../support/run-cli.js';

const PIECES = [
  '\x1b]0;title\x07',
  '\x1b[2J',
  '\x1b]52;c;YQ==\x07',
  '\x9b31m',
  '\x1b[1A',
  '\x1bc',
  '\x07',
  '\x7f',
  '\r',
  '\x00',
  '\x1b',
  '\x9d',
  'a',
  ' ',
  'é',
  '[',
  ']',
  ';',
  '\n',
];
const nasty = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));
// '*' is left out: a secret made of stars could be rebuilt from the `***` that replaces it.
const secret = fc.string({
  unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~!@#$%^&()+=/\\"\'<>{}'.split('')),
  minLength: 8,
  maxLength: 24,
});

const TEXT_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;
const JSON_CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f]/;

let fake: FakeLivy;
let current = { noise: '' };

function echo(request: FakeRequest): string {
  return `${current.noise} you sent ${JSON.stringify(request.headers)} ${current.noise}`;
}

beforeAll(async () => {
  fake = await new FakeLivy().start();
  fake.on('GET', '/batches', (r) => ({
    json: { from: 0, total: 1, sessions: [batchView(1, 'running', { name: echo(r), appId: current.noise, owner: echo(r) })] },
  }));
  fake.on('GET', '/batches/1', (r) => ({ json: batchView(1, 'running', { name: echo(r), appId: current.noise, log: [echo(r)] }) }));
  fake.on('GET', '/batches/1/log', (r) => ({ json: { id: 1, from: 0, total: 3, log: ['stdout: ', echo(r), '\nstderr: '] } }));
  fake.on('GET', '/batches/2', (r) => ({ status: 500, json: { msg: echo(r) } }));
  fake.on('GET', '/batches/3', (r) => ({
    status: 403,
    body: `<html><title>Error 403 ${echo(r)}</title></html>`,
    contentType: 'text/html',
  }));
  fake.on('GET', '/sessions', (r) => ({
    json: {
      from: 0,
      total: 1,
      sessions: [
        { id: 0, name: echo(r), appId: null, owner: current.noise, proxyUser: null, state: 'idle', kind: 'pyspark', appInfo: {}, log: [] },
      ],
    },
  }));
});
afterAll(() => fake.stop());

const COMMANDS = [
  ['batches', 'list'],
  ['batches', 'get', '1'],
  ['batches', 'logs', '1'],
  ['batches', 'get', '2'],
  ['batches', 'get', '3'],
  ['sessions', 'list'],
];

const EXPECTED_CODE: Record<string, number> = {
  'batches list': 0,
  'batches get 1': 0,
  'batches logs 1': 0,
  'batches get 2': 3,
  'batches get 3': 3,
  'sessions list': 0,
};

function forms(value: string): string[] {
  return [value, JSON.stringify(value).slice(1, -1), encodeURIComponent(value)];
}

describe('no output path shows a secret or a raw control character', () => {
  it('bearer token, text and JSON, through every command', async () => {
    await fc.assert(
      fc.asyncProperty(secret, nasty, async (token, noise) => {
        current = { noise };
        for (const command of COMMANDS) {
          for (const json of [false, true]) {
            const run = await runCli([...command, '--verbose', ...(json ? ['-o', 'json'] : [])], {
              env: { LIVY_URL: fake.url, LIVY_TOKEN: token },
            });
            expect(run.code).toBe(EXPECTED_CODE[command.join(' ')]);
            const all = run.stdout + run.stderr;
            for (const form of forms(token)) expect(all).not.toContain(form);
            expect(run.stderr).not.toMatch(TEXT_CONTROL);
            if (json) {
              expect(run.stdout).not.toMatch(JSON_CONTROL);
              expect(() => JSON.parse(run.stdout)).not.toThrow();
            } else {
              expect(run.stdout).not.toMatch(TEXT_CONTROL);
            }
          }
        }
      }),
      { numRuns: 15 },
    );
  });

  it('Basic credentials in both forms, text output, through every command', async () => {
    await fc.assert(
      fc.asyncProperty(secret, nasty, async (password, noise) => {
        current = { noise };
        const basic = Buffer.from(`alice:${password}`).toString('base64');
        for (const command of COMMANDS) {
          const run = await runCli(command, { env: { LIVY_URL: fake.url, LIVY_USER: 'alice', LIVY_PASSWORD: password } });
          const all = run.stdout + run.stderr;
          for (const form of [...forms(password), basic, `alice:${password}`]) expect(all).not.toContain(form);
          expect(all).not.toMatch(TEXT_CONTROL);
        }
      }),
      { numRuns: 15 },
    );
  });
});
