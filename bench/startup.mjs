// Start-up benchmark: median wall time and peak RSS of the commands that
// must start fast, next to `node -e 0`, with the ratios (target: each ratio <= 1.5).
//
//   npm run bench                       (builds first)
//   node bench/startup.mjs [--runs 15] [--warmup 2] [--rss-runs 5] [--rss auto|time|self] [--json]
//
// Method.
// - Wall time: each command is spawned directly (spawnSync, no shell, output piped and thrown
//   away), 2 warm-up rounds then 15 measured rounds, commands interleaved round by round so
//   that machine noise hits all of them alike; we report the median. spawnSync's own overhead
//   is in every figure, the baseline's too, so the ratios stay fair.
// - Peak RSS: the kernel's maximum resident set size of the child process (ru_maxrss, what
//   getrusage(RUSAGE_CHILDREN)/wait4 report). Node cannot read that for a child, so we ask GNU
//   time (`/usr/bin/time -f %M`), which waits for the child with wait4 and prints its ru_maxrss
//   (KiB). Where GNU time is missing we fall back to the child measuring itself: a preloaded
//   module (`--import`, a data: URL) writes `process.resourceUsage().maxRSS` — getrusage of the
//   process itself — from an 'exit' listener, to a file. That misses whatever the process
//   allocates after its last 'exit' listener runs, which is nothing that matters here, and the
//   baseline is preloaded the same way. RSS gets separate runs so the wall times stay clean.
//   Reading /proc/<pid>/status (VmHWM) is not an option: the process is gone before spawnSync
//   returns.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '2' },
    'rss-runs': { type: 'string', default: '5' },
    json: { type: 'boolean', default: false },
    // 'auto' (GNU time when present), 'time' or 'self' (the fallback), to compare the two.
    rss: { type: 'string', default: 'auto' },
  },
});
const RUNS = Number(flags.runs);
const WARMUP = Number(flags.warmup);
const RSS_RUNS = Number(flags['rss-runs']);
const TARGET = 1.5;

if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) {
  console.error('dist/cli/main.js is missing: run `npm run build` first (npm run bench does).');
  process.exit(2);
}

// A long spark-submit command line of the kind CI scripts carry (YARN, HDFS files, many --conf).
const EXAMPLE_2 = [
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

const bin = join(root, 'bin', 'livy.js');
const CASES = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'livy --version', args: [bin, '--version'] },
  { name: 'livy --help', args: [bin, '--help'] },
  { name: 'livy submit --dry-run --output json <example 2>', args: [bin, 'submit', '--dry-run', '--output', 'json', ...EXAMPLE_2] },
];

// A clean environment: no colour, no CI-specific paths, the same for every case.
const env = { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', LANG: 'C' };

function run(args, extraEnv = {}) {
  const result = spawnSync(process.execPath, args, { cwd: root, env: { ...env, ...extraEnv }, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (result.status !== 0) {
    throw new Error(`node ${args.join(' ')} exited ${result.status}:\n${result.stderr}`);
  }
  return result;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// --- wall time -------------------------------------------------------------------------------
const wall = new Map(CASES.map((c) => [c.name, []]));
for (let round = 0; round < WARMUP + RUNS; round++) {
  for (const c of CASES) {
    const start = process.hrtime.bigint();
    run(c.args);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (round >= WARMUP) wall.get(c.name).push(ms);
  }
}

// --- peak RSS --------------------------------------------------------------------------------
function gnuTime() {
  for (const path of ['/usr/bin/time', '/bin/time']) {
    if (!existsSync(path)) continue;
    const probe = spawnSync(path, ['-f', '%M', process.execPath, '-e', '0'], { encoding: 'utf8' });
    if (probe.status === 0 && /^\d+\s*$/m.test(probe.stderr.trim().split('\n').at(-1) ?? '')) return path;
  }
  return undefined;
}

const timeBin = flags.rss === 'self' ? undefined : gnuTime();
if (flags.rss === 'time' && !timeBin) {
  console.error('--rss time: GNU time (/usr/bin/time -f %M) is not available');
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'livy-bench-'));
const PRELOAD =
  'data:text/javascript,' +
  encodeURIComponent(
    "import { writeFileSync } from 'node:fs';" +
      "process.on('exit', () => writeFileSync(process.env.LIVY_BENCH_RSS, String(process.resourceUsage().maxRSS)));",
  );

/** Peak RSS of one run, in KiB. */
function peakRss(args, index) {
  if (timeBin) {
    const result = spawnSync(timeBin, ['-f', '%M', process.execPath, ...args], { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 24 });
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}:\n${result.stderr}`);
    return Number(result.stderr.trim().split('\n').at(-1));
  }
  const file = join(work, `rss-${index}`);
  run(['--import', PRELOAD, ...args], { LIVY_BENCH_RSS: file });
  return Number(readFileSync(file, 'utf8'));
}

const rss = new Map(CASES.map((c) => [c.name, []]));
let index = 0;
for (let round = 0; round < RSS_RUNS; round++) {
  for (const c of CASES) rss.get(c.name).push(peakRss(c.args, index++));
}
rmSync(work, { recursive: true, force: true });

// --- report ----------------------------------------------------------------------------------
const baseWall = median(wall.get(CASES[0].name));
const baseRss = median(rss.get(CASES[0].name));
const rows = CASES.map((c) => {
  const ms = median(wall.get(c.name));
  const kib = median(rss.get(c.name));
  return { command: c.name, wallMs: ms, wallRatio: ms / baseWall, peakRssMiB: kib / 1024, rssRatio: kib / baseRss };
});

if (flags.json) {
  console.log(
    JSON.stringify(
      { node: process.version, runs: RUNS, warmup: WARMUP, rssMethod: timeBin ? 'gnu-time' : 'self-getrusage', rows },
      null,
      2,
    ),
  );
} else {
  const header = ['command', 'median wall', 'ratio', 'peak RSS', 'ratio'];
  const table = rows.map((r) => [
    r.command,
    `${r.wallMs.toFixed(1)} ms`,
    r.command === CASES[0].name ? '1.00' : `${r.wallRatio.toFixed(2)}${r.wallRatio > TARGET ? ' !' : ''}`,
    `${r.peakRssMiB.toFixed(1)} MiB`,
    r.command === CASES[0].name ? '1.00' : `${r.rssRatio.toFixed(2)}${r.rssRatio > TARGET ? ' !' : ''}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(
    `node ${process.version}, ${RUNS} runs after ${WARMUP} warm-ups (median); peak RSS: median of ${RSS_RUNS}, ${timeBin ? `${timeBin} -f %M` : 'self-reported getrusage maxRSS'}`,
  );
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of table) console.log(line(row));
  const over = rows.slice(1).filter((r) => r.wallRatio > TARGET || r.rssRatio > TARGET);
  console.log(over.length === 0 ? `\nall ratios <= ${TARGET}` : `\n! over the ${TARGET} target: ${over.map((r) => r.command).join(', ')}`);
}
