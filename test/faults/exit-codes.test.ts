import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchView, FakeLivy } from '../support/fake-livy.js';
import { LivyProcess, REPO_ROOT } from './support/livy-process.js';

/**
 * Every command's failure paths against the exit-code table of the README: the expected code
 * of each row is looked up in the README by the words its table row starts with.
 */
const README_TABLE = new Map(
  [...readFileSync(join(REPO_ROOT, 'README.md'), 'utf8').matchAll(/^\| (\d+) \| (.+) \|$/gm)].map((m) => [m[2]!, Number(m[1])]),
);

function documentedCode(rowStart: string): number {
  const rows = [...README_TABLE].filter(([text]) => text.startsWith(rowStart));
  if (rows.length !== 1) throw new Error(`the README's exit-code table has ${rows.length} rows starting '${rowStart}'`);
  return rows[0]![1];
}

const NOT_FOUND = 'server, network'; // a missing batch or session is the server's answer: exit 3
const UNREACHABLE = 'server, network';
const USAGE = 'usage or input error';
const INTERRUPTED = 'interrupted';

const sessionView = (id: number, state: string) => ({
  id,
  name: null,
  appId: null,
  owner: null,
  proxyUser: null,
  state,
  kind: 'pyspark',
  appInfo: { driverLogUrl: null, sparkUiUrl: null },
  log: [],
});

let fake: FakeLivy;
let closedPort: number;
let localHome: string;

beforeAll(async () => {
  fake = await new FakeLivy().start();
  fake.on('GET', /^\/(batches|sessions)\/99(\/.*)?$/, (r) => ({ status: 404, json: { msg: `${r.path.split('/')[1]} '99' not found.` } }));
  fake.on('DELETE', /^\/(batches|sessions)\/99$/, { status: 404, json: { msg: "'99' not found." } });
  fake.on('GET', '/batches/1', { json: batchView(1, 'running') });
  fake.on('GET', '/batches/1/log', { json: { id: 1, from: 0, total: 1, log: ['batch 1 log line'] } });
  fake.on('GET', '/sessions/1', { json: sessionView(1, 'idle') });
  fake.on('GET', '/sessions/1/log', { json: { id: 1, from: 0, total: 1, log: ['session 1 log line'] } });
  // A port nothing listens on: taken, then given back.
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closedPort = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  localHome = mkdtempSync(join(tmpdir(), 'livy-exit-codes-'));
  mkdirSync(join(localHome, 'run', 'logs'), { recursive: true });
});

afterAll(async () => {
  await fake.stop();
});

interface Row {
  args: string[];
  /** The README table row the exit code must come from. */
  row: string;
  server?: 'fake' | 'unreachable';
}

const failures: Row[] = [
  { args: ['batches', 'get', '99'], row: NOT_FOUND },
  { args: ['batches', 'state', '99'], row: NOT_FOUND },
  { args: ['batches', 'logs', '99'], row: NOT_FOUND },
  { args: ['batches', 'kill', '99'], row: NOT_FOUND },
  { args: ['batches', 'wait', '99'], row: NOT_FOUND },
  { args: ['sessions', 'get', '99'], row: NOT_FOUND },
  { args: ['sessions', 'state', '99'], row: NOT_FOUND },
  { args: ['sessions', 'logs', '99'], row: NOT_FOUND },
  { args: ['sessions', 'kill', '99'], row: NOT_FOUND },
  { args: ['run', '--session', '99', '-e', '1'], row: NOT_FOUND },
  { args: ['batches', 'list'], row: UNREACHABLE, server: 'unreachable' },
  { args: ['sessions', 'list'], row: UNREACHABLE, server: 'unreachable' },
  { args: ['batches', 'get', '1'], row: UNREACHABLE, server: 'unreachable' },
  { args: ['run', '--kind', 'pyspark', '-e', '1'], row: UNREACHABLE, server: 'unreachable' },
  { args: ['batches', 'list', '--no-such-flag'], row: USAGE },
  { args: ['sessions', 'get'], row: USAGE },
  { args: ['batches', 'list', '--url', 'not a url'], row: USAGE },
  { args: ['run', '--kind', 'klingon', '-e', '1'], row: USAGE },
  { args: ['batches', 'wait', '1', '--timeout', 'soon'], row: USAGE },
];

describe('exit codes agree with the README table', () => {
  it.each(failures.map((f) => ({ ...f, name: f.args.join(' ') })))('livy $name → $row', async ({ args, row, server }) => {
    const url = server === 'unreachable' ? `http://127.0.0.1:${closedPort}` : fake.url;
    const exit = await new LivyProcess(args, { LIVY_URL: url }).finished;
    expect(exit.code, exit.stderr).toBe(documentedCode(row));
  });

  const following: { args: string[]; ready: (p: LivyProcess) => boolean; env?: () => Record<string, string> }[] = [
    { args: ['batches', 'logs', '1', '-f'], ready: (p) => p.stdout.includes('batch 1 log line') },
    { args: ['sessions', 'logs', '1', '-f'], ready: (p) => p.stdout.includes('session 1 log line') },
    { args: ['batches', 'wait', '1'], ready: (p) => p.stdout.includes('batch 1 log line') || p.stderr.includes('running') },
    {
      args: ['local', 'logs', '-f'],
      ready: (p) => p.stdout.includes('local log line'),
      env: () => {
        writeFileSync(join(localHome, 'run', 'logs', 'livy-server.log'), 'local log line\n');
        return { LIVY_LOCAL_HOME: localHome };
      },
    },
  ];

  it.each(following.map((f) => ({ ...f, name: f.args.join(' ') })))(
    'Ctrl-C during livy $name → interrupted',
    async ({ args, ready, env }) => {
      const process = new LivyProcess(args, { LIVY_URL: fake.url, ...env?.() });
      while (!ready(process)) await new Promise((resolve) => setTimeout(resolve, 20));
      process.kill('SIGINT');
      const exit = await process.finished;
      expect(exit.code, exit.stderr).toBe(documentedCode(INTERRUPTED));
    },
  );
});
