/**
 * Start-up guard: commands that render no Ink UI and talk to no server
 * must not load ink, react, undici or zod. Runs the built `bin/livy.js` with a module
 * resolution hook that records every resolved module.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { makePki } from './profiles/helpers.js';
import { FakeSessionServer } from './repl/fake-sessions.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'livy.js');
const register = pathToFileURL(join(root, 'test', 'fixtures', 'import-recorder', 'register.mjs')).href;
const HEAVY = ['ink', 'react', 'undici', 'zod'] as const;
/** Preloaded into a run: says on stderr whether V8 took the code cache bin/livy.js gave it. */
const cacheProbe = join(root, 'test', 'fixtures', 'code-cache-probe.cjs');

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
  /** Every module that imported something. */
  importers: Set<string>;
}

function packageOf(url: string): string | undefined {
  const match = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  return match?.[1];
}

/** Runs `livy ARGS` with the import recorder, as a separate process (a fake server in this one can answer it). */
async function traced(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Traced> {
  const log = join(work, `imports-${runs++}.log`);
  const child = spawn(process.execPath, ['--import', register, bin, ...args], {
    cwd: root,
    timeout: 60_000,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LIVY_IMPORT_LOG: log, NO_COLOR: '1', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const result = { status, stdout, stderr };
  const lines = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
  const urls: string[] = [];
  const parents = new Map<string, string>();
  for (const line of lines) {
    const [, url, parent] = line.split('\t');
    urls.push(url!);
    if (parent && !parents.has(url!)) parents.set(url!, parent);
  }
  const importers = new Set(lines.map((line) => line.split('\t')[2]!).filter(Boolean));
  const packages = new Set(urls.map(packageOf).filter((p): p is string => p !== undefined));
  for (const url of new Set([...urls, ...importers])) for (const name of bundledPackages(url)) packages.add(name);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, packages, urls, parents, importers };
}

/**
 * The packages a file of our build carries inside it: esbuild marks each bundled module with a
 * `// node_modules/<package>/…` comment. A package bundled into a chunk never shows up as a
 * node_modules url, so loading the chunk counts as loading the package.
 */
function bundledPackages(url: string): Set<string> {
  if (!url.startsWith('file:') || url.includes('/node_modules/') || !/\.c?js$/.test(url)) return new Set();
  const path = fileURLToPath(url);
  if (!existsSync(path)) return new Set();
  const marks = readFileSync(path, 'utf8').matchAll(/^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm);
  return new Set([...marks].map((mark) => mark[1]!));
}

/** How a package got loaded, e.g. "dist/cli/main.js → dist/cli/chunks/x.js (src/a.ts, src/b.ts) → zod". */
function importChain(run: Traced, name: string): string {
  let url = run.urls.find((u) => packageOf(u) === name || bundledPackages(u).has(name));
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
    async (_name, args) => {
      const run = await traced(args);
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

  it('sanity check: the REPL screen comes in a chunk that carries ink and react, which the hook would see', () => {
    const chunks = readdirSync(join(root, 'dist', 'cli', 'chunks')).filter((name) => name.endsWith('.js'));
    const withInk = chunks.filter((name) => bundledPackages(pathToFileURL(join(root, 'dist', 'cli', 'chunks', name)).href).has('ink'));
    const screen = withInk.find((name) => name.startsWith('run-repl-'));
    expect(screen, `chunks that carry ink: ${withInk.join(', ')}`).toBeDefined();
    expect(bundledPackages(pathToFileURL(join(root, 'dist', 'cli', 'chunks', screen!)).href).has('react')).toBe(true);
  });

  it('the dry run still prints the request body', async () => {
    const run = await traced(['submit', '--dry-run', '--output', 'json', ...EXAMPLE_2]);
    expect(JSON.parse(run.stdout)).toMatchObject({ file: 'hdfs:///jobs/main.py', args: ['--input', 's3a://bucket/in'] });
  }, 60_000);

  it('sanity check: livy batches list does load zod for a reply it has no quick check for (the hook sees package imports)', async () => {
    const fake = await new FakeSessionServer().start();
    try {
      fake.livy.on('GET', '/batches', { json: { from: 0, total: 0, sessions: [] } });
      const run = await traced(['batches', 'list', '--url', fake.url]);
      expect(run.status, run.stderr).toBe(0);
      expect(run.packages.has('zod')).toBe(true);
    } finally {
      await fake.stop();
    }
  }, 60_000);

  it('sanity check: a livy submit that uploads nothing loads neither undici nor zod before it fails (the hook sees the CommonJS bundle)', async () => {
    const run = await traced(['submit', '--url', 'http://127.0.0.1:1', '/apps/job.jar']);
    expect(run.status, run.stderr).toBe(3);
    expect(run.urls.some((url) => url.endsWith('/dist/cli/submit-main.cjs'))).toBe(true);
    expect(run.packages.has('undici')).toBe(false);
  }, 60_000);
});

describe('start-up imports of livy run --session ID -e CODE (the CI step)', () => {
  it('loads its own bundle alone: not the command tree, nor ink, react, undici, zod or commander', async () => {
    const fake = await new FakeSessionServer().start();
    try {
      fake.addSession('pyspark');
      const run = await traced(['run', '--session', '0', '-e', '1+1'], { LIVY_URL: fake.url });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toBe('2\n');
      // bin/livy.js compiles the bundle itself (with its code cache): what the bundle requires shows it ran.
      const bundle = pathToFileURL(join(root, 'dist', 'cli', 'run-main.cjs')).href;
      expect(run.importers.has(bundle), 'the fast path ran').toBe(true);
      const local = new Set([...run.urls, ...run.importers].filter((url) => url.startsWith('file:') && !url.includes('/node_modules/')));
      expect([...local].map((url) => fileURLToPath(url).slice(root.length + 1)).sort()).toEqual(['bin/livy.js', 'dist/cli/run-main.cjs']);
      const loaded = [...HEAVY, 'commander'].filter((name) => run.packages.has(name));
      expect(
        loaded.map((name) => importChain(run, name)),
        'import chains of packages that must not load',
      ).toEqual([]);
    } finally {
      await fake.stop();
    }
  }, 60_000);

  it('sanity check: a reply its quick checks leave to zod does load zod (the hook sees the CommonJS bundle)', async () => {
    const fake = await new FakeSessionServer().start();
    try {
      fake.addSession('pyspark');
      // A key the quick checks never take (zod decides about it).
      fake.evaluate = () => ({
        output: JSON.parse('{"status":"ok","execution_count":0,"data":{"text/plain":"2"},"__proto__":{}}') as Record<string, unknown>,
      });
      const run = await traced(['run', '--session', '0', '-e', '1+1'], { LIVY_URL: fake.url });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toBe('2\n');
      expect(run.packages.has('zod')).toBe(true);
    } finally {
      await fake.stop();
    }
  }, 60_000);

  it("compiles its bundle from the build's V8 code cache", async () => {
    const fake = await new FakeSessionServer().start();
    try {
      fake.addSession('pyspark');
      const run = await traced(['run', '--session', '0', '-e', '1+1'], { LIVY_URL: fake.url, NODE_OPTIONS: `--require ${cacheProbe}` });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).toContain('code cache: accepted');
    } finally {
      await fake.stop();
    }
  }, 60_000);

  it('imports what it loads on demand through bin/livy.js (Node 20 cannot from a script compiled from a cache): https', async () => {
    const pki = makePki();
    const server = createHttpsServer({ key: pki.server.key, cert: pki.server.cert }, (req, res) => {
      req.resume();
      res.setHeader('content-type', 'application/json');
      const statement = {
        id: 0,
        code: '1+1',
        state: 'available',
        output: { status: 'ok', execution_count: 0, data: { 'text/plain': '2' } },
      };
      if (req.url === '/sessions/0') res.end(JSON.stringify({ id: 0, name: null, state: 'idle', kind: 'pyspark' }));
      else res.end(JSON.stringify(statement));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `https://localhost:${(server.address() as AddressInfo).port}`;
      const run = await traced(['run', '--session', '0', '-e', '1+1', '--url', url, '--ca-cert', pki.caFile]);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toBe('2\n');
      expect(run.importers.has(pathToFileURL(join(root, 'dist', 'cli', 'run-main.cjs')).href)).toBe(true);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  }, 60_000);

  it('arguments its parser leaves to the command tree go there, with the same result', async () => {
    const fake = await new FakeSessionServer().start();
    try {
      fake.addSession('pyspark');
      const run = await traced(['run', '-s0', '-e', '1+1'], { LIVY_URL: fake.url });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toBe('2\n');
      expect(
        run.urls.some((url) => url.endsWith('/dist/cli/main.js')),
        'the command tree ran',
      ).toBe(true);
    } finally {
      await fake.stop();
    }
  }, 60_000);
});
