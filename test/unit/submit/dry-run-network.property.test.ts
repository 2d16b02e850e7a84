/**
 * `--dry-run` sends nothing, for any command line: submissions with any spark-submit option (the
 * same options `livy sessions`/`run`/`repl` take), --kill, --status, --version, with profile and
 * LIVY_PROXY_USER defaults in play. Two independent witnesses: the requests a local server saw,
 * and every TCP/IPC socket the process tried to open (net.Socket#connect, which undici, http and
 * tls all go through).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { LIVY_ONLY_OPTIONS, SPARK_SUBMIT_OPTIONS, type SparkSubmitOption } from '../../../src/submit/options.js';
import { FakeLivy } from '../../support/fake-livy.js';
import { runCli } from '../../support/run-cli.js';

let fake: FakeLivy;
let configDir: string;
const connects = vi.spyOn(Socket.prototype, 'connect');

beforeAll(async () => {
  fake = await new FakeLivy().start();
  fake.on('GET', /.*/, { json: { version: '0.9.0', id: 0, state: 'running' } });
  fake.on('DELETE', /.*/, { json: { msg: 'deleted' } });
  fake.on('POST', /.*/, { status: 201, json: { id: 0, state: 'starting', log: [] } });
  configDir = mkdtempSync(join(tmpdir(), 'livy-dry-run-'));
  // A profile with defaults that are merged into the request after translation.
  const added = await runCli(['profile', 'add', 'prod', '--url', fake.url, '--proxy-user', 'carol', '--conf', 'spark.test.fromProfile=1'], {
    env: { LIVY_CONFIG_DIR: configDir },
  });
  expect(added.code).toBe(0);
  fake.requests.length = 0;
});

afterAll(async () => {
  await fake.stop();
  rmSync(configDir, { recursive: true, force: true });
  connects.mockRestore();
});

afterEach(() => {
  connects.mockClear();
  fake.requests.length = 0;
});

const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
const valueFor = (option: SparkSubmitOption): fc.Arbitrary<string> => {
  if (option.name === '--conf') {
    return fc
      .tuple(fc.constantFrom('spark.test.', 'spark.', 'other.', 'spark.master', 'spark.jars'), word, fc.string({ maxLength: 6 }))
      .map(([k, w, v]) => `${k}${w}=${v}`);
  }
  if (option.name === '--properties-file' || option.name === '--extra-properties-file') {
    return fc.constantFrom('/nonexistent/job.properties', '/dev/null');
  }
  const kind =
    option.livy.kind === 'field' || option.livy.kind === 'conf' || option.livy.kind === 'launcher-conf' ? option.livy.value : 'text';
  switch (kind) {
    case 'memory':
      return fc.constantFrom('2g', '512m', '0', '1.5g', '\u00a01g');
    case 'count':
      return fc.constantFrom('1', '4', '0', '-1', '\u0663', 'x');
    case 'path-list':
      return fc.constantFrom('hdfs:///l/a.jar', '/l/a.jar,/l/b.jar', 'rel.jar', '/l/a b.jar', 's3a://b/x y.zip#env', '');
    default:
      return fc.oneof(word, fc.constantFrom('', '-Xmx2g', 'yarn', 'local', 'cluster', 'k8s://https://h', 'mars'));
  }
};

/** spark-submit options that make the command something else are generated separately. */
const submitOptions = SPARK_SUBMIT_OPTIONS.filter((o) => o.livy.kind !== 'action');
const sparkOption: fc.Arbitrary<readonly string[]> = fc
  .constantFrom(...submitOptions)
  .chain((option) =>
    option.takesValue
      ? valueFor(option).map((value): readonly string[] => [option.name, value])
      : fc.constant<readonly string[]>([option.name]),
  );

/** livy-only options except the ones that pick the server, which the test controls. */
const livyOption: fc.Arbitrary<readonly string[]> = fc.oneof(
  fc.constantFrom(['--async'], ['--kill-on-interrupt'], ['--no-color'], ['--debug'], ['--verbose'], ['--insecure']),
  fc.constantFrom(['-o', 'json'], ['--output', 'text'], ['--timeout', '10s'], ['-H', 'X-Trace: 1'], ['--log-file', '/dev/null']),
);

const action: fc.Arbitrary<readonly string[]> = fc.oneof(
  fc.constant<string[]>([]),
  fc.constantFrom(['--kill'], ['--status']).chain((flag) => fc.constantFrom('5', '0', 'nightly', ' 7').map((id) => [...flag, id])),
  fc.constant(['--version']),
);

const resource: fc.Arbitrary<readonly string[]> = fc.constantFrom<readonly string[]>(
  ['/apps/job.jar'],
  ['hdfs:///jobs/main.py', '--input', 'x'],
  ['pyspark-shell'],
  ['rel.py'],
  [],
);

/** Where the server comes from: a flag, LIVY_URL, a profile, or LIVY_PROXY_USER on top. */
const serverSource = fc.constantFrom('flag', 'env', 'profile', 'profile+proxy-env');

const commandLine = fc
  .record({
    before: fc.array(fc.oneof(sparkOption, livyOption), { maxLength: 8 }),
    action,
    after: fc.array(fc.oneof(sparkOption, livyOption), { maxLength: 4 }),
    dryRunAt: fc.nat(),
    resource,
    serverSource,
  })
  .map(({ before, action: act, after, dryRunAt, resource: res, serverSource: source }) => {
    const options = [...before, act, ...after].filter((o) => o.length > 0);
    options.splice(dryRunAt % (options.length + 1), 0, ['--dry-run']);
    const server = source === 'flag' ? ['--url', fake.url] : source === 'env' ? [] : ['-p', 'prod'];
    const env: NodeJS.ProcessEnv = { LIVY_CONFIG_DIR: configDir };
    if (source === 'env') env.LIVY_URL = fake.url;
    if (source === 'profile+proxy-env') env.LIVY_PROXY_USER = 'dave';
    return { argv: ['submit', ...server, ...options.flat(), ...res], env };
  });

describe('--dry-run performs no network I/O', () => {
  test('for any generated command line: no request reaches the server and no socket is opened', async () => {
    await fc.assert(
      fc.asyncProperty(commandLine, async ({ argv, env }) => {
        connects.mockClear();
        fake.requests.length = 0;
        const run = await runCli(argv, { env });
        expect(connects).not.toHaveBeenCalled();
        expect(fake.requests).toEqual([]);
        expect([0, 2]).toContain(run.code);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  test('the witnesses are live: the same command lines without --dry-run do open sockets', async () => {
    for (const argv of [
      ['submit', '--url', fake.url, '--status', '5'],
      ['submit', '--url', fake.url, '--kill', '5'],
      ['submit', '--url', fake.url, '--version'],
      ['submit', '--url', fake.url, '--async', '/apps/job.jar'],
    ]) {
      connects.mockClear();
      fake.requests.length = 0;
      const run = await runCli(argv, { env: { LIVY_CONFIG_DIR: configDir } });
      expect(run.code).toBe(0);
      expect(connects).toHaveBeenCalled();
      expect(fake.requests.length).toBeGreaterThan(0);
    }
  });

  test('the livy-only options generated are the ones the parser knows', () => {
    const known = new Set(LIVY_ONLY_OPTIONS.flatMap((o) => [o.name, ...o.aliases]));
    for (const flag of [
      '--async',
      '--kill-on-interrupt',
      '--no-color',
      '--debug',
      '--insecure',
      '-o',
      '--output',
      '--timeout',
      '-H',
      '--log-file',
      '--dry-run',
    ]) {
      expect(known).toContain(flag);
    }
  });
});
