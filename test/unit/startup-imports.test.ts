/**
 * Start-up guard: commands that render no Ink UI and talk to no server
 * must not load ink, react, undici or zod. Runs the built `bin/livy.js` with a module
 * resolution hook that records every resolved module.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'livy.js');
const register = pathToFileURL(join(root, 'test', 'fixtures', 'import-recorder', 'register.mjs')).href;
const HEAVY = ['ink', 'react', 'undici', 'zod'] as const;

/** A long spark-submit command line of the kind CI scripts carry (YARN, HDFS files, many --conf). */
export const EXAMPLE_2 = [
  '--master',
  'yarn',
  '--py-files',
  'hdfs:///libs/deps.zip,hdfs:///libs/util.py',
  '--files',
  'hdfs:///conf/app.yaml#app.yaml',
  '--archives',
  'hdfs:///envs/pyenv.tar.gz#environment',
  '--conf',
  'spark.yarn.appMasterEnv.PYSPARK_PYTHON=./environment/bin/python',
  'hdfs:///jobs/main.py',
  '--input',
  's3a://bucket/in',
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
  /** Resolved url → the module that first imported it. */
  parents: Map<string, string>;
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
  const lines = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
  const urls: string[] = [];
  const parents = new Map<string, string>();
  for (const line of lines) {
    const [, url, parent] = line.split('\t');
    urls.push(url!);
    if (parent && !parents.has(url!)) parents.set(url!, parent);
  }
  const packages = new Set(urls.map(packageOf).filter((p): p is string => p !== undefined));
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, packages, urls, parents };
}

/** How a package got loaded, e.g. "dist/cli/main.js → dist/cli/chunks/x.js (src/a.ts, src/b.ts) → zod". */
function importChain(run: Traced, name: string): string {
  let url = run.urls.find((u) => packageOf(u) === name);
  const chain: string[] = [];
  const seen = new Set<string>();
  while (url && !seen.has(url)) {
    seen.add(url);
    chain.unshift(describeModule(url));
    url = run.parents.get(url);
    if (url && packageOf(url) === name) continue;
  }
  return chain.filter((step, i) => i === 0 || step !== chain[i - 1]).join(' → ');
}

function describeModule(url: string): string {
  const pkg = packageOf(url);
  if (pkg) return pkg;
  const path = url.startsWith('file:') ? fileURLToPath(url) : url;
  const relative = path.startsWith(root) ? path.slice(root.length + 1) : path;
  // esbuild marks each bundled source file with a `// src/...` comment: name them.
  const sources =
    existsSync(path) && path.endsWith('.js')
      ? [...new Set(readFileSync(path, 'utf8').match(/^\/\/ src\/\S+/gm) ?? [])].map((c) => c.slice(3))
      : [];
  const named = sources.length > 4 ? [...sources.slice(0, 3), `${sources.length - 3} more`] : sources;
  return named.length > 0 ? `${relative} (${named.join(', ')})` : relative;
}

describe('start-up imports of the built CLI', () => {
  it.each([
    ['--version', ['--version']],
    ['--help', ['--help']],
    ['batches --help (through the command tree)', ['batches', '--help']],
    ['submit --dry-run --output json (example 2)', ['submit', '--dry-run', '--output', 'json', ...EXAMPLE_2]],
  ])(
    'livy %s loads none of ink, react, undici, zod',
    (_name, args) => {
      const run = traced(args);
      expect(run.status, run.stderr).toBe(0);
      expect(
        run.urls.some((url) => url.endsWith('/bin/livy.js')),
        'the hook recorded nothing',
      ).toBe(true);
      const loaded = HEAVY.filter((name) => run.packages.has(name));
      expect(
        loaded.map((name) => importChain(run, name)),
        'import chains of packages that must not load',
      ).toEqual([]);
    },
    60_000,
  );

  it('the dry run still prints the request body', () => {
    const run = traced(['submit', '--dry-run', '--output', 'json', ...EXAMPLE_2]);
    expect(JSON.parse(run.stdout)).toMatchObject({ file: 'hdfs:///jobs/main.py', args: ['--input', 's3a://bucket/in'] });
  }, 60_000);

  it('sanity check: livy batches list does load undici (the hook sees package imports)', () => {
    const run = traced(['batches', 'list', '--url', 'http://127.0.0.1:1']);
    expect(run.status, run.stderr).toBe(3);
    expect(run.packages.has('undici')).toBe(true);
  }, 60_000);

  it('sanity check: a real livy submit does load undici and zod (the hook sees the CommonJS bundle)', () => {
    const run = traced(['submit', '--url', 'http://127.0.0.1:1', '/apps/job.jar']);
    expect(run.status, run.stderr).toBe(3);
    expect(run.packages.has('undici')).toBe(true);
    expect(run.packages.has('zod')).toBe(true);
  }, 60_000);
});
