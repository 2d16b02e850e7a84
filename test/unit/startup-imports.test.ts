/**
 * Start-up guard (issue 2, Performance): commands that render no Ink UI and talk to no server
 * must not load ink, react, undici or zod. Runs the built `bin/livy.js` with a module
 * resolution hook that records every resolved module.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'livy.js');
const register = pathToFileURL(join(root, 'test', 'fixtures', 'import-recorder', 'register.mjs')).href;
const HEAVY = ['ink', 'react', 'undici', 'zod'] as const;

/** Issue 2, worked example 2. */
export const EXAMPLE_2 = [
  '--master', 'yarn',
  '--py-files', 'hdfs:///libs/deps.zip,hdfs:///libs/util.py',
  '--files', 'hdfs:///conf/app.yaml#app.yaml',
  '--archives', 'hdfs:///envs/pyenv.tar.gz#environment',
  '--conf', 'spark.yarn.appMasterEnv.PYSPARK_PYTHON=./environment/bin/python',
  'hdfs:///jobs/main.py', '--input', 's3a://bucket/in',
];

let work: string;
let runs = 0;

beforeAll(() => {
  // `npm test` builds first; build here only when run on its own from a clean tree.
  if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) {
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}`);
  }
  work = mkdtempSync(join(tmpdir(), 'livy-imports-'));
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Traced {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Packages (from node_modules) the process resolved. */
  packages: Set<string>;
  urls: string[];
}

function packageOf(url: string): string | undefined {
  const match = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  return match?.[1];
}

function traced(args: string[]): Traced {
  const log = join(work, `imports-${runs++}.log`);
  const result = spawnSync(process.execPath, ['--import', register, bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LIVY_IMPORT_LOG: log, NO_COLOR: '1' },
  });
  const urls = existsSync(log)
    ? readFileSync(log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split('\t')[1]!)
    : [];
  const packages = new Set(urls.map(packageOf).filter((p): p is string => p !== undefined));
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, packages, urls };
}

describe('start-up imports of the built CLI', () => {
  it.each([
    ['--version', ['--version']],
    ['--help', ['--help']],
    ['submit --dry-run --output json (example 2)', ['submit', '--dry-run', '--output', 'json', ...EXAMPLE_2]],
  ])('livy %s loads none of ink, react, undici, zod', (_name, args) => {
    const run = traced(args);
    expect(run.status, run.stderr).toBe(0);
    expect(run.urls.some((url) => url.endsWith('/dist/cli/main.js')), 'the hook recorded nothing').toBe(true);
    expect(HEAVY.filter((name) => run.packages.has(name))).toEqual([]);
  }, 60_000);

  it('the dry run still prints the request body', () => {
    const run = traced(['submit', '--dry-run', '--output', 'json', ...EXAMPLE_2]);
    expect(JSON.parse(run.stdout)).toMatchObject({ file: 'hdfs:///jobs/main.py', args: ['--input', 's3a://bucket/in'] });
  }, 60_000);

  it('sanity check: livy batches list does load undici (the hook sees package imports)', () => {
    const run = traced(['batches', 'list', '--url', 'http://127.0.0.1:1']);
    expect(run.status, run.stderr).toBe(3);
    expect(run.packages.has('undici')).toBe(true);
  }, 60_000);
});
