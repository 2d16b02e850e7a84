/** `livy submit` end to end in-process: the parts decided outside the translator. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { FakeLivy } from '../../support/fake-livy.js';
import { runCli } from '../../support/run-cli.js';
import packageJson from '../../../package.json' with { type: 'json' };

// In-process CLI runs, a 2 s server deadline and 50k-argument lines: generous on a loaded machine.
vi.setConfig({ testTimeout: 60_000 });

let fake: FakeLivy;
let dir: string;

beforeEach(async () => {
  fake = await new FakeLivy().start();
  dir = mkdtempSync(join(tmpdir(), 'livy-submit-'));
});

afterEach(async () => {
  await fake.stop();
  rmSync(dir, { recursive: true, force: true });
});

const env = () => ({ LIVY_CONFIG_DIR: dir });

describe('--dry-run with --kill and --status', () => {
  test('--kill prints the DELETE it would send and sends nothing', async () => {
    const run = await runCli(['submit', '--dry-run', '--url', fake.url, '--kill', '5'], { env: env() });
    expect(run).toMatchObject({ code: 0, stdout: `DELETE ${fake.url}/batches/5\n` });
    expect(run.stderr).toContain('dry run: nothing sent');
    expect(fake.requests).toEqual([]);
  });

  test('--status with -o json prints the request as one JSON document', async () => {
    const run = await runCli(['submit', '--status', '12', '-o', 'json', '--url', fake.url, '--dry-run'], { env: env() });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ dryRun: true, method: 'GET', url: `${fake.url}/batches/12/state` });
    expect(fake.requests).toEqual([]);
  });

  test('a batch name is percent-encoded in the URL shown', async () => {
    const run = await runCli(['submit', '--dry-run', '--url', fake.url, '--kill', 'a/b c'], { env: env() });
    expect(run.stdout).toBe(`DELETE ${fake.url}/batches/a%2Fb%20c\n`);
  });
});

describe('--version', () => {
  test("prints this CLI's and the server's version", async () => {
    fake.on('GET', '/version', { json: { version: '0.9.0-incubating', user: 'livy' } });
    const run = await runCli(['submit', '--version', '--url', fake.url], { env: env() });
    expect(run).toMatchObject({ code: 0, stdout: `livy ${packageJson.version}\nLivy server 0.9.0-incubating at ${fake.url}\n` });
  });

  test('-o json gives both in one document', async () => {
    fake.on('GET', '/version', { json: { version: '0.9.0-incubating' } });
    const run = await runCli(['submit', '--version', '-o', 'json', '--url', fake.url], { env: env() });
    expect(JSON.parse(run.stdout)).toEqual({ cli: packageJson.version, server: { url: fake.url, version: '0.9.0-incubating' } });
  });

  test("a server that does not answer: the CLI's version still, a warning, exit 3", async () => {
    fake.on('GET', '/version', () => new Promise(() => undefined));
    const run = await runCli(['submit', '--version', '--url', fake.url], { env: env() });
    expect(run.code).toBe(3);
    expect(run.stdout).toBe(`livy ${packageJson.version}\n`);
    expect(run.stderr).toContain('no answer within 2 s');
  });

  test('with --dry-run the server is not asked', async () => {
    const run = await runCli(['submit', '--version', '--dry-run', '--url', fake.url], { env: env() });
    expect(run).toMatchObject({ code: 0, stdout: `livy ${packageJson.version}\n` });
    expect(fake.requests).toEqual([]);
  });
});

describe('--proxy-user and --principal, after profile defaults', () => {
  test('a profile proxy user with --principal on the command line is refused, naming the profile', async () => {
    const added = await runCli(['profile', 'add', 'prod', '--url', fake.url, '--proxy-user', 'carol'], { env: env() });
    expect(added.code).toBe(0);
    const run = await runCli(['submit', '-p', 'prod', '--dry-run', '--principal', 'etl@X', '/apps/job.jar'], { env: env() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "error: Only one of --proxy-user or --principal can be provided: proxy user 'carol' (from profile 'prod')",
    );
    expect(run.stdout).toBe('');
  });

  test('LIVY_PROXY_USER with --principal is refused, naming the variable', async () => {
    const run = await runCli(['submit', '--url', fake.url, '--principal', 'etl@X', '/apps/job.jar'], {
      env: { ...env(), LIVY_PROXY_USER: 'dan' },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("proxy user 'dan' (from LIVY_PROXY_USER)");
    expect(fake.requests).toEqual([]);
  });

  test('--proxy-user with a principal in the profile conf is refused', async () => {
    await runCli(['profile', 'add', 'kerb', '--url', fake.url, '--conf', 'spark.kerberos.principal=etl@X'], { env: env() });
    const run = await runCli(['submit', '-p', 'kerb', '--dry-run', '--proxy-user', 'bob', '/apps/job.jar'], { env: env() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("spark.kerberos.principal=etl@X (from profile 'kerb')");
  });

  test('a profile proxy user alone is fine', async () => {
    await runCli(['profile', 'add', 'prod', '--url', fake.url, '--proxy-user', 'carol'], { env: env() });
    const run = await runCli(['submit', '-p', 'prod', '--dry-run', '-o', 'json', '/apps/job.jar'], { env: env() });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ proxyUser: 'carol' });
  });
});

describe('files read into memory are bounded', () => {
  test('--properties-file /dev/zero ends with one clear line and exit 2', async () => {
    const run = await runCli(['submit', '--dry-run', '--properties-file', '/dev/zero', '/apps/job.jar'], { env: env() });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'error: --properties-file /dev/zero: larger than 4 MiB, which is not a Spark properties file\nhint: check the path; a properties file holds KEY=VALUE lines\n',
    );
  });

  test('a regular file over the limit is refused before it is read', async () => {
    const big = join(dir, 'big.properties');
    writeFileSync(big, Buffer.alloc(4 * 1024 * 1024 + 1, 0x61));
    const run = await runCli(['submit', '--dry-run', '--extra-properties-file', big, '/apps/job.jar'], { env: env() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--extra-properties-file ${big}: larger than 4 MiB`);
  });

  test('a properties file starting with a byte-order mark: the first property is ignored as Spark does, with a warning', async () => {
    const file = join(dir, 'bom.properties');
    writeFileSync(file, '\uFEFFspark.executor.memory=2g\nspark.test.b=1\n');
    const run = await runCli(['submit', '--dry-run', '-o', 'json', '--properties-file', file, '/apps/job.jar'], { env: env() });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ file: '/apps/job.jar', conf: { 'spark.test.b': '1' } });
    expect(run.stderr).toContain(`Ignoring 'spark.executor.memory' on line 1 of ${file}: the file starts with a UTF-8 byte-order mark`);
  });
});

describe('--help', () => {
  test('with an unknown option anywhere before the application is a usage error', async () => {
    const run = await runCli(['submit', '--help', '--bogus'], { env: env() });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain("error: Unrecognized option '--bogus'");
  });
});

describe('argument parsing is linear', () => {
  test('50,000 repeated --conf, -H and -c parse in one pass, keeping every value', async () => {
    const { parseSubmitArgv } = await import('../../../src/submit/parse-argv.js');
    const argv: string[] = [];
    for (let i = 0; i < 50_000; i++) argv.push('--conf', `spark.test.k${i}=v`, '-H', `X-A${i}: v`, '-c', `spark.test.c${i}=v`);
    const parsed = parseSubmitArgv([...argv, '/apps/job.jar']);
    expect(parsed.options).toHaveLength(100_000);
    expect(parsed.livy.headers).toHaveLength(50_000);
  });

  test('50,000 repeated -e on livy run are collected without copying (commander accumulator appends in place)', async () => {
    const { collect } = await import('../../../src/cli/command-kit.js');
    let list: string[] | undefined;
    const first = (list = collect('0', list));
    for (let i = 1; i < 50_000; i++) list = collect(String(i), list);
    expect(list).toBe(first);
    expect(list).toHaveLength(50_000);
  });

  test('livy run with 50,000 -e reaches its own checks (no server needed for the error)', async () => {
    const argv = ['run', '--url', fake.url];
    for (let i = 0; i < 50_000; i++) argv.push('-e', `${i}`);
    const run = await runCli(argv, { env: env() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('which language');
  });
});
