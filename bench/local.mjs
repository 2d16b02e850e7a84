// `livy local` benchmark: printed figures from one run.
//
//   npm run bench:local                        (builds first)
//   node bench/local.mjs [--cold] [--no-cache] [--runs 1] [--samples 1000] [--json]
//
// What it measures, each with its own server (own run dir, free port) so a developer's
// `livy local` server is neither reused nor stopped:
// - warm `livy local start` to ready: `node bin/livy.js local start` from spawn to exit (the
//   command returns once the server answers GET /version), with Spark and Livy already provisioned
//   in the shared cache (~/.cache/livy-cli or $LIVY_LOCAL_HOME).
// - cold provisioning (only with --cold): the same command with LIVY_LOCAL_HOME set to a fresh,
//   empty directory, so it creates the venv, pip-installs pyspark and assembles Livy before it
//   starts. The fresh home's download caches (pip-cache/, m2/ and dist/) are symlinks to the shared
//   cache's, so nothing is downloaded again: the figure is provisioning work minus network time.
//   `--cold --no-cache` leaves them empty and downloads everything (pyspark ≈ 320 MB from PyPI,
//   Livy from Maven Central), which measures your network more than this code.
// - a trivial PySpark batch (test/fixtures/jobs/pi.py with --samples, default 1000): wall time of
//   `livy submit` from spawn to exit, against the same file run with
//   `$SPARK_HOME/bin/spark-submit --master local[*]` directly (same SPARK_HOME and python as the
//   server's), and the ratio. One untimed spark-submit run first warms the page cache for both.
// - the CLI's own overhead inside that `livy submit` run (which gets --verbose so that it says when
//   it sends the POST): the CLI's part is (spawn → "> POST …/batches" on its stderr: Node start-up,
//   argv translation, client set-up) + (the server says `success` → CLI exit: polling granularity,
//   the last log fetch, the summary, process exit). For the second, the bench polls the server
//   itself every 50 ms (GET /batches/<name>) and notes when the batch is first `success`.
//   Everything in between — the POST's reply (Livy launches spark-submit before answering), Spark
//   itself, Livy noticing the end — is Livy's and Spark's time. Reported in ms, as a share of
//   Livy's own time, and as its part of the ratio (target: under 10% beyond what Livy costs).
//   The 50 ms probe adds up to 50 ms of uncertainty.
// With --runs N (default 1) the batch pair is run N times, interleaved, and medians are shown.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'livy.js');
const { values: flags } = parseArgs({
  options: {
    cold: { type: 'boolean', default: false },
    'no-cache': { type: 'boolean', default: false },
    runs: { type: 'string', default: '1' },
    samples: { type: 'string', default: '1000' },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(1, Number(flags.runs) || 1);
const JOB = join(root, 'test', 'fixtures', 'jobs', 'pi.py');
const JOB_ARGS = [String(Number(flags.samples) || 1000)];
const TARGET_OVERHEAD = 0.1;

if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) {
  console.error('dist/cli/main.js is missing: run `npm run build` first (npm run bench:local does).');
  process.exit(2);
}

const log = (msg) => process.stderr.write(`[bench] ${msg}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const secs = (ms) => `${(ms / 1000).toFixed(2)} s`;

/** The shared cache, as src/local/paths.ts computes it. */
function sharedHome(env = process.env) {
  if (env.LIVY_LOCAL_HOME) return resolve(env.LIVY_LOCAL_HOME);
  const base = env.XDG_CACHE_HOME ? resolve(env.XDG_CACHE_HOME) : join(env.HOME || homedir(), '.cache');
  return join(base, 'livy-cli');
}

function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

/** Spawns a command; resolves with its exit code, output and wall time. */
function run(file, args, { env, cwd = root, onStderr } = {}) {
  const t0 = performance.now();
  return new Promise((res, rej) => {
    const child = spawn(file, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c) => {
      stderr += c;
      onStderr?.(c, performance.now() - t0);
    });
    child.on('error', rej);
    child.on('close', (code) => res({ code, stdout, stderr, ms: performance.now() - t0, t0 }));
  });
}

function livy(args, env, opts = {}) {
  return run(process.execPath, [bin, ...args], { env, ...opts });
}

function must(result, what) {
  if (result.code !== 0) {
    throw new Error(`${what} exited ${result.code}\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-4000)}`);
  }
  return result;
}

/** An environment for a server of our own: its run dir, optionally its own home. */
function serverEnv(runDir, home) {
  const env = { ...process.env, LIVY_LOCAL_RUN_DIR: runDir, NO_COLOR: '1', FORCE_COLOR: '0' };
  if (home) env.LIVY_LOCAL_HOME = home;
  delete env.LIVY_URL;
  return env;
}

/** `livy local start` from spawn to exit (it returns when GET /version answers). */
async function timedStart(env, port) {
  const r = must(await livy(['local', 'start', '--port', String(port), '--whitelist', root], env), 'livy local start');
  const state = JSON.parse(readFileSync(join(env.LIVY_LOCAL_RUN_DIR, 'server.json'), 'utf8'));
  return { ms: r.ms, state, output: r.stderr + r.stdout };
}

async function stopServer(env) {
  const r = await livy(['local', 'stop'], env);
  if (r.code !== 0) log(`livy local stop exited ${r.code}: ${r.stderr.trim()}`);
}

/** Cold: a fresh LIVY_LOCAL_HOME whose download caches point at the shared ones (unless --no-cache). */
async function coldStart() {
  const shared = sharedHome();
  const home = mkdtempSync(join(tmpdir(), 'livy-bench-home-'));
  const runDir = join(home, 'run');
  const linked = [];
  if (!flags['no-cache']) {
    for (const name of ['pip-cache', 'm2', 'dist']) {
      if (existsSync(join(shared, name))) {
        symlinkSync(join(shared, name), join(home, name));
        linked.push(name);
      }
    }
  }
  const env = serverEnv(runDir, home);
  log(
    `cold: provisioning into ${home}${linked.length ? ` (download caches linked from ${shared}: ${linked.join(', ')})` : ' with empty caches (downloads everything)'}`,
  );
  try {
    const { ms, state } = await timedStart(env, await freePort());
    const livyMarker = JSON.parse(readFileSync(join(home, `livy-${state.livyVersion}`, '.provisioned.json'), 'utf8'));
    return { ms, linked, livySource: livyMarker.source };
  } finally {
    await stopServer(env);
    if (!flags.keep) rmSync(home, { recursive: true, force: true });
  }
}

/** Polls GET /batches/<name> every 50 ms; notes when the batch is first `success`. */
function watchServer(url, name) {
  const seen = { successAt: undefined, lastState: undefined };
  let stop = false;
  const done = (async () => {
    while (!stop) {
      try {
        const res = await fetch(`${url}/batches/${encodeURIComponent(name)}`, { signal: AbortSignal.timeout(2000) });
        const now = performance.now();
        if (res.ok) {
          const body = await res.json();
          seen.lastState = body.state;
          if (body.state === 'success') seen.successAt ??= now;
          if (['success', 'dead', 'killed', 'error'].includes(body.state)) break;
        } else {
          await res.arrayBuffer();
        }
      } catch {
        /* not yet / transient */
      }
      await sleep(50);
    }
  })();
  // The CLI may notice `success` between two probes and exit first: then one last look, and the
  // batch counts as successful at the moment the CLI exited (within the probe's 50 ms).
  const finish = async (exitedAt) => {
    stop = true;
    await done;
    if (seen.successAt !== undefined) return;
    const res = await fetch(`${url}/batches/${encodeURIComponent(name)}`).catch(() => undefined);
    const body = res?.ok ? await res.json() : undefined;
    if (body) seen.lastState = body.state;
    if (body?.state === 'success') seen.successAt = exitedAt;
  };
  return { seen, stop: finish };
}

async function submitOnce(env, url, i) {
  const name = `bench-${Date.now().toString(36)}-${i}`;
  const watcher = watchServer(url, name);
  // --verbose prints "> POST …/batches" just before sending it: the end of the CLI's start-up.
  const marks = { postAt: undefined, repliedAt: undefined };
  let seenErr = '';
  const r = await livy(
    ['submit', '--verbose', '--name', name, JOB, ...JOB_ARGS],
    { ...env, LIVY_URL: url },
    {
      onStderr: (chunk, at) => {
        seenErr += chunk;
        if (marks.postAt === undefined && /^> POST \S+\/batches$/m.test(seenErr)) marks.postAt = at;
        if (marks.repliedAt === undefined && /^batch \d+ .*submitted to /m.test(seenErr)) marks.repliedAt = at;
      },
    },
  );
  await watcher.stop(performance.now());
  must(r, 'livy submit');
  if (!/^PI_RESULT /m.test(r.stdout)) throw new Error(`livy submit printed no PI_RESULT line:\n${r.stdout.slice(-2000)}`);
  const { successAt } = watcher.seen;
  if (successAt === undefined || marks.postAt === undefined || marks.repliedAt === undefined) {
    throw new Error(`could not time batch ${name} (probe saw ${watcher.seen.lastState}; stderr marks ${JSON.stringify(marks)})`);
  }
  const startupMs = marks.postAt;
  const postMs = marks.repliedAt - marks.postAt;
  const tailMs = Math.max(0, r.t0 + r.ms - successAt);
  return { ms: r.ms, startupMs, postMs, tailMs, overheadMs: startupMs + tailMs };
}

async function sparkSubmitOnce(state) {
  const env = {
    ...process.env,
    SPARK_HOME: state.sparkHome,
    PYSPARK_PYTHON: state.python,
    PYSPARK_DRIVER_PYTHON: state.python,
    SPARK_LOCAL_IP: '127.0.0.1',
    SPARK_LOCAL_HOSTNAME: 'localhost',
  };
  delete env.SPARK_CONF_DIR;
  delete env.HADOOP_CONF_DIR;
  delete env.YARN_CONF_DIR;
  const r = must(
    await run(join(state.sparkHome, 'bin', 'spark-submit'), ['--master', 'local[*]', JOB, ...JOB_ARGS], { env }),
    'spark-submit',
  );
  if (!/^PI_RESULT /m.test(r.stdout)) throw new Error(`spark-submit printed no PI_RESULT line:\n${r.stdout.slice(-2000)}`);
  return { ms: r.ms };
}

async function main() {
  const results = {};
  if (flags.cold) results.cold = await coldStart();

  const runDir = mkdtempSync(join(tmpdir(), 'livy-bench-run-'));
  const env = serverEnv(runDir);
  let started = false;
  const cleanup = async () => {
    if (started) await stopServer(env);
    started = false;
    rmSync(runDir, { recursive: true, force: true });
  };
  const onSignal = () => void cleanup().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    log(`warm: livy local start (shared cache ${sharedHome()}, run dir ${runDir})`);
    const port = await freePort();
    const warm = await timedStart(env, port);
    started = true;
    results.warmStartMs = warm.ms;
    const { state } = warm;

    log('warm-up: one untimed spark-submit run');
    await sparkSubmitOnce(state);

    const submits = [];
    const directs = [];
    for (let i = 0; i < RUNS; i++) {
      log(`run ${i + 1}/${RUNS}: livy submit ${JOB} ${JOB_ARGS.join(' ')}`);
      submits.push(await submitOnce(env, state.url, i));
      log(`run ${i + 1}/${RUNS}: spark-submit --master local[*] ${JOB} ${JOB_ARGS.join(' ')}`);
      directs.push(await sparkSubmitOnce(state));
    }
    const submitMs = median(submits.map((s) => s.ms));
    const directMs = median(directs.map((d) => d.ms));
    const overheadMs = median(submits.map((s) => s.overheadMs));
    results.batch = {
      runs: RUNS,
      livySubmitMs: submitMs,
      sparkSubmitMs: directMs,
      ratio: submitMs / directMs,
      cliStartupMs: median(submits.map((s) => s.startupMs)),
      livyPostMs: median(submits.map((s) => s.postMs)),
      serverSuccessToExitMs: median(submits.map((s) => s.tailMs)),
      cliOverheadMs: overheadMs,
      ratioWithoutCli: (submitMs - overheadMs) / directMs,
      cliShareOfLivyTime: overheadMs / (submitMs - overheadMs),
      samples: { livySubmitMs: submits.map((s) => s.ms), sparkSubmitMs: directs.map((d) => d.ms) },
    };
    results.versions = { livy: state.livyVersion, pyspark: state.pysparkVersion, node: process.version };
  } finally {
    await cleanup();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }

  if (flags.json) {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    return;
  }
  const b = results.batch;
  const med = RUNS > 1 ? ` (median of ${RUNS})` : '';
  const rows = [];
  if (results.cold) {
    const how = results.cold.linked.length
      ? `fresh LIVY_LOCAL_HOME, download caches reused (${results.cold.linked.join(', ')}); Livy from ${results.cold.livySource}`
      : `fresh LIVY_LOCAL_HOME, empty caches: includes all downloads; Livy from ${results.cold.livySource}`;
    rows.push(['cold provisioning + start to ready', secs(results.cold.ms), how]);
  } else {
    rows.push(['cold provisioning + start to ready', 'not run', 'pass --cold (see the header of bench/local.mjs)']);
  }
  rows.push(['warm `livy local start` to ready', secs(results.warmStartMs), 'provisioned; new server, own run dir']);
  rows.push([`livy submit pi.py ${JOB_ARGS[0]} → exit${med}`, secs(b.livySubmitMs), 'waits, streams the log, summary']);
  rows.push([`spark-submit --master local[*] pi.py${med}`, secs(b.sparkSubmitMs), 'same file, same SPARK_HOME and python']);
  rows.push(['ratio livy submit / spark-submit', `${b.ratio.toFixed(2)}x`, '']);
  rows.push(['  CLI: spawn → POST /batches sent', `${Math.round(b.cliStartupMs)} ms`, 'Node start-up, argv translation, client set-up']);
  rows.push(['  Livy: POST /batches → reply', `${Math.round(b.livyPostMs)} ms`, "Livy's (it launches spark-submit before replying)"]);
  rows.push([
    '  CLI: server `success` → CLI exit',
    `${Math.round(b.serverSuccessToExitMs)} ms`,
    'poll granularity + final log fetch + exit (±50 ms)',
  ]);
  rows.push([
    '  CLI overhead, total',
    `${Math.round(b.cliOverheadMs)} ms`,
    `${(b.cliShareOfLivyTime * 100).toFixed(1)}% of Livy's own time (target < ${TARGET_OVERHEAD * 100}%)`,
  ]);
  rows.push([
    '  ratio without the CLI overhead',
    `${b.ratioWithoutCli.toFixed(2)}x`,
    `CLI adds ${(b.ratio - b.ratioWithoutCli).toFixed(2)}x`,
  ]);
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
  const fmt = (r) => `${r[0].padEnd(w[0])}  ${r[1].padStart(w[1])}  ${r[2]}`.trimEnd();
  console.log(`livy local bench — Livy ${results.versions.livy}, pyspark ${results.versions.pyspark}, Node ${results.versions.node}`);
  console.log(fmt(['measure', 'time', 'notes']));
  console.log(fmt(w.map((n) => '-'.repeat(n))));
  for (const r of rows) console.log(fmt(r));
}

main().catch((err) => {
  console.error(`bench failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
