// Peer benchmark: livy next to a raw REST loop and pylivy, on one real local Livy, runs interleaved.
//
//   npm run bench:peers            (builds first; starts `livy local` when no Livy answers)
//   node bench/peers.mjs [--runs 15] [--round-trips 3] [--batch-runs 8] [--url URL] [--livy path/to/bin/livy.js] [--no-pylivy] [--keep-extra-ca] [--pty direct|script] [--json]
//
// Cases (each run does one of each, in turn, so machine noise hits them alike; the in-terminal
// `1+1` round trips, raw REST, the REPL and raw REST in a pty, `--round-trips` of each per run in a
// shuffled order, each after the same pause, so that none always follows a process that just
// exited, whose teardown takes a core for a few ms):
// - `1+1` round trip on an idle pyspark session this script creates (and deletes at the end):
//   raw REST (this process: POST the statement, then GET it every 10 ms), `livy run --session ID
//   -e 1+1` as a process, the REPL (`livy repl --session ID` in a pseudo-terminal whose master
//   this script holds through node-pty, as a terminal emulator does: typing `1+1⏎` to the result
//   on the screen), the raw loop as a process in a pseudo-terminal the same way (what the terminal
//   adds), pylivy as a process. `--pty script` (or no node-pty) relays through util-linux `script`
//   instead, a process of its own between this script and the pty.
//   For the processes: from spawn to the statement starting on the server (its `started`), and
//   from the result on stdout to the process ending.
// - notice lag after a 2 s statement: from the server's `completed` to the client showing it.
// - a trivial PySpark batch (test/fixtures/jobs/hello.py): `livy submit` and pylivy's
//   LivyBatch.wait as processes; a poller here reads `GET /batches/{id}/state` every 5 ms to see
//   when the server reached `success`, and the lag is from then to the process ending.
// - peak RSS of each process (GNU time's %M, the kernel's ru_maxrss), and `node -e 0` for scale.
// pylivy runs in a private venv under the livy cache dir (~/.cache/livy-cli/bench/pylivy-venv),
// installed with pip on first use; when that fails its column is left out, with a note.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    'round-trips': { type: 'string', default: '3' },
    'batch-runs': { type: 'string', default: '8' },
    url: { type: 'string' },
    livy: { type: 'string', default: join(root, 'bin', 'livy.js') },
    'no-pylivy': { type: 'boolean', default: false },
    'keep-extra-ca': { type: 'boolean', default: false },
    pty: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const RUNS = Number(flags.runs);
const BATCH_RUNS = Number(flags['batch-runs']);
const ROUND_TRIPS = Number(flags['round-trips']);
const bin = flags.livy;
const cacheDir = process.env.LIVY_LOCAL_HOME ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'livy-cli');
const scratch = mkdtempSync(join(tmpdir(), 'livy-bench-peers-'));
// The batch file lives in the temp dir, which a local Livy's whitelist holds (`livy local start`
// here adds it): one started from another checkout may not whitelist this one.
const HELLO = join(scratch, 'hello.py');
copyFileSync(join(root, 'test', 'fixtures', 'jobs', 'hello.py'), HELLO);
// NODE_EXTRA_CA_CERTS makes every Node process read and parse that bundle before its first line
// (~85 ms for Debian's full ca-certificates.crt on a 2-core machine): a property of the machine
// that would hide what livy itself costs. Left out of the measured processes unless asked to keep.
const baseEnv = { ...process.env };
const extraCa = baseEnv.NODE_EXTRA_CA_CERTS;
if (extraCa && !flags['keep-extra-ca']) delete baseEnv.NODE_EXTRA_CA_CERTS;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (text) => process.stderr.write(`${text}\n`);
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

// ---------------------------------------------------------------- server and REST

function livySync(args) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...baseEnv, NO_COLOR: '1' } });
}

function localUrl() {
  const status = livySync(['local', 'status', '--output', 'json']);
  try {
    const info = JSON.parse(status.stdout);
    return info.responding ? info.url : undefined;
  } catch {
    return undefined;
  }
}

async function serverUrl() {
  if (flags.url ?? process.env.LIVY_URL) return (flags.url ?? process.env.LIVY_URL).replace(/\/+$/, '');
  let url = localUrl();
  if (!url) {
    log('no local Livy answers: starting one (livy local start) …');
    const started = spawnSync(process.execPath, [bin, 'local', 'start', '--whitelist', root, '--whitelist', tmpdir()], {
      stdio: 'inherit',
    });
    if (started.status !== 0) throw new Error('livy local start failed');
    url = localUrl();
  }
  if (!url) throw new Error('no Livy to measure against');
  return url.replace(/\/+$/, '');
}

const url = await serverUrl();
const headers = { 'Content-Type': 'application/json', 'X-Requested-By': 'livy-bench' };

async function rest(method, path, body) {
  const res = await fetch(`${url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  if (!res.ok) throw Object.assign(new Error(`${method} ${path}: HTTP ${res.status} ${text}`), { status: res.status });
  return text ? JSON.parse(text) : undefined;
}

async function lastStatement(id) {
  const list = await rest('GET', `/sessions/${id}/statements?from=0&size=1000`);
  return list.statements.at(-1);
}

// ---------------------------------------------------------------- processes

/**
 * Runs a command to its end; resolves with its wall time, when `marker` first appeared on its
 * stdout, when it ended, and its peak RSS in KiB (GNU time) when GNU time is there.
 */
function runProcess(command, args, { marker, env = {} } = {}) {
  const rssFile = join(scratch, `rss-${process.hrtime.bigint()}`);
  const [file, argv] = GNU_TIME ? [GNU_TIME, ['-f', '%M', '-o', rssFile, command, ...args]] : [command, args];
  const spawnedAt = Date.now();
  const t0 = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(file, argv, { env: { ...baseEnv, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let markerAt;
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      stdout += chunk;
      if (markerAt === undefined && marker && marker.test(stdout)) markerAt = performance.now();
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const endedAt = performance.now();
      if (code !== 0) return reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${stderr}${stdout}`));
      const rssKiB = GNU_TIME && existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)) : undefined;
      resolvePromise({
        ms: endedAt - t0,
        spawnedAt,
        markerMs: markerAt === undefined ? undefined : markerAt - t0,
        exitAfterOutputMs: markerAt === undefined ? undefined : endedAt - markerAt,
        endedAtEpoch: Date.now(),
        rssKiB,
        stdout,
      });
    });
  });
}

const livyProcess = (args, options) => runProcess(process.execPath, [bin, ...args], options);

// ---------------------------------------------------------------- pylivy

const venv = join(cacheDir, 'bench', 'pylivy-venv');
const venvPython = join(venv, 'bin', 'python');

function pylivyReady() {
  if (flags['no-pylivy']) return 'left out (--no-pylivy)';
  if (!existsSync(venvPython)) {
    log(`installing pylivy into ${venv} …`);
    mkdirSync(dirname(venv), { recursive: true });
    const made = spawnSync('python3', ['-m', 'venv', venv], { encoding: 'utf8' });
    if (made.status !== 0) return `left out: python3 -m venv failed (${made.stderr.trim().split('\n').at(-1)})`;
  }
  if (spawnSync(venvPython, ['-c', 'import livy'], { encoding: 'utf8' }).status !== 0) {
    const pip = spawnSync(venvPython, ['-m', 'pip', 'install', '-q', 'livy'], { encoding: 'utf8' });
    if (pip.status !== 0) return `left out: pip install livy failed (${pip.stderr.trim().split('\n').at(-1)})`;
  }
  return spawnSync(venvPython, ['-c', 'import livy'], { encoding: 'utf8' }).status === 0 ? undefined : 'left out: livy does not import';
}

// Livy's CSRF protection (on in \`livy local\`) wants X-Requested-By on writes; pylivy does not send it.
const PYLIVY_RUN = `
import sys, requests
from livy import LivySession
url, sid, code = sys.argv[1], int(sys.argv[2]), sys.argv[3]
http = requests.Session()
http.headers['X-Requested-By'] = 'pylivy'
session = LivySession(url, sid, requests_session=http, echo=False)
print(session.run(code).text, flush=True)
`;
const PYLIVY_BATCH = `
import sys, requests
from livy import LivyBatch
http = requests.Session()
http.headers['X-Requested-By'] = 'pylivy'
batch = LivyBatch.create(sys.argv[1], file=sys.argv[2], requests_session=http)
batch.wait()
print(batch.state, flush=True)
`;

// ---------------------------------------------------------------- the REPL in a pseudo-terminal

// The raw loop of `rawOnce` as a process in a pseudo-terminal, reading one statement per line:
// what the terminal (the pty, and the relay when there is one) adds to a round trip, to read the REPL's ratio by.
const RAW_IN_PTY = `
const [url, id] = process.argv.slice(2);
const headers = { 'Content-Type': 'application/json', 'X-Requested-By': 'livy-bench' };
const rest = async (method, path, body) =>
  (await fetch(url + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })).json();
let pending = '';
let busy = Promise.resolve();
process.stdin.setEncoding('utf8').on('data', (chunk) => {
  pending += chunk;
  for (let nl; (nl = pending.indexOf('\\n')) >= 0; ) {
    const code = pending.slice(0, nl).trim();
    pending = pending.slice(nl + 1);
    if (code) busy = busy.then(() => run(code));
  }
});
async function run(code) {
  const st = await rest('POST', '/sessions/' + id + '/statements', { code });
  for (;;) {
    const s = await rest('GET', '/sessions/' + id + '/statements/' + st.id);
    if (s.state === 'available') return void process.stdout.write(s.output.data['text/plain'] + '\\n');
    await new Promise((r) => setTimeout(r, 10));
  }
}
process.stdout.write('raw loop ready\\n');
`;

function startRawInPty(id) {
  const file = join(scratch, 'raw-in-pty.cjs');
  writeFileSync(file, RAW_IN_PTY);
  return startInPty(process.execPath, [file, url, String(id)]);
}

function startRepl(id) {
  return startInPty(process.execPath, [bin, 'repl', '--session', String(id), '--history-dir', join(scratch, 'history')]);
}

// A terminal emulator holds the pty's master itself; with node-pty so does this script. util-linux
// `script` (the fallback, or --pty script) relays through a process of its own, which adds its
// scheduling and copies to every keystroke and screen update.
const require = createRequire(import.meta.url);
let nodePty;
if (flags.pty !== 'script') {
  try {
    nodePty = require('@lydell/node-pty');
  } catch (error) {
    if (flags.pty === 'direct') throw error;
  }
}
const PTY_ENV = { NO_COLOR: '1', TERM: 'xterm', COLUMNS: '120', LINES: '40' };
const ptyKind = nodePty ? 'node-pty' : 'script';

function startInPty(file, args) {
  const env = { ...baseEnv, ...PTY_ENV, LIVY_URL: url };
  let screen = '';
  const waiters = [];
  const onData = (chunk) => {
    screen += chunk.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
    if (screen.length > 200_000) screen = screen.slice(-100_000);
    for (const w of [...waiters]) {
      if (w.test(screen)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(performance.now());
      }
    }
  };
  let type;
  let kill;
  if (nodePty) {
    const term = nodePty.spawn(file, args, { name: 'xterm', cols: 120, rows: 40, env });
    term.onData(onData);
    type = (text) => term.write(text);
    kill = () => term.kill();
  } else {
    const command = [file, ...args].join(' ');
    const child = spawn('script', ['-qfc', command, '/dev/null'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdout.setEncoding('utf8').on('data', onData);
    type = (text) => child.stdin.write(text);
    kill = () => child.kill();
  }
  const waitFor = (test, timeoutMs = 60_000) =>
    new Promise((resolvePromise, reject) => {
      if (test(screen)) return resolvePromise(performance.now());
      const timer = setTimeout(() => reject(new Error(`REPL: timed out; the screen ends with:\n${screen.slice(-1000)}`)), timeoutMs);
      waiters.push({ test, resolve: (t) => (clearTimeout(timer), resolvePromise(t)) });
    });
  return { waitFor, clear: () => (screen = ''), type, kill };
}

/** Types `code` and resolves with the ms until `result` shows on the screen, and when that was (epoch ms). */
async function replOnce(repl, code, result) {
  repl.clear();
  const t0 = performance.now();
  repl.type(`${code}\r`);
  const pattern = new RegExp(`(^|[\\s>])${result}\\r?\\n`);
  const t1 = await repl.waitFor((s) => pattern.test(s));
  return { ms: t1 - t0, seenAtEpoch: Date.now() - (performance.now() - t1) };
}

// ---------------------------------------------------------------- cases

async function rawOnce(id, code = '1+1') {
  const t0 = performance.now();
  const st = await rest('POST', `/sessions/${id}/statements`, { code });
  for (;;) {
    const s = await rest('GET', `/sessions/${id}/statements/${st.id}`);
    if (s.state === 'available') return { ms: performance.now() - t0, seenAtEpoch: Date.now(), statement: s };
    await sleep(10);
  }
}

const SLEEP_CODE = 'import time; time.sleep(2); 2000+1';

/** The pause before each in-terminal round trip. */
const SETTLE_MS = 50;

function shuffled(items) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Lag from the server's `completed` of the session's last statement to `seenAtEpoch`. */
async function noticeLag(id, seenAtEpoch) {
  const st = await lastStatement(id);
  if (typeof st.completed !== 'number' || st.completed <= 0) return undefined;
  return seenAtEpoch - st.completed;
}

/** The next batch id, then a 5 ms poller of its state: resolves when it is `success` (epoch ms). */
async function batchSuccessWatcher() {
  const list = await rest('GET', '/batches?from=0&size=1000');
  const next = Math.max(-1, ...list.sessions.map((b) => b.id)) + 1;
  let stop = false;
  const seen = (async () => {
    while (!stop) {
      try {
        const { state } = await rest('GET', `/batches/${next}/state`);
        if (state === 'success') return Date.now();
        if (['dead', 'error', 'killed'].includes(state)) throw new Error(`batch ${next} ended ${state}`);
      } catch (error) {
        if (error.status !== 404) throw error;
      }
      await sleep(5);
    }
    return undefined;
  })();
  return { id: next, seen, stop: () => (stop = true) };
}

async function batchCase(run) {
  const watcher = await batchSuccessWatcher();
  try {
    const result = await run();
    const successAt = await Promise.race([watcher.seen, sleep(5000).then(() => undefined)]);
    return { ...result, lagMs: successAt === undefined ? undefined : result.endedAtEpoch - successAt };
  } finally {
    watcher.stop();
  }
}

// ---------------------------------------------------------------- figures

const stats = (values) => {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return undefined;
  const m = Math.floor(xs.length / 2);
  return { n: xs.length, min: xs[0], median: xs.length % 2 ? xs[m] : (xs[m - 1] + xs[m]) / 2, max: xs.at(-1) };
};

function table(title, rows, reference) {
  const ref = stats(rows.find(([name]) => name === reference)?.[1] ?? [])?.median;
  const lines = [title];
  for (const [name, values, unit = 'ms'] of rows) {
    const s = stats(values);
    if (!s) {
      lines.push(`  ${name.padEnd(34)} —`);
      continue;
    }
    const f = (x) => (unit === 'MiB' ? (x / 1024).toFixed(1) : x.toFixed(1)).padStart(8);
    const ratio = ref && unit === 'ms' ? `  ${(s.median / ref).toFixed(2)}×` : '';
    lines.push(`  ${name.padEnd(34)}${f(s.min)}${f(s.median)}${f(s.max)} ${unit}${ratio}   (n=${s.n})`);
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------- main

const pylivySkipped = pylivyReady();
const pylivyScript = join(scratch, 'pylivy_run.py');
const pylivyBatchScript = join(scratch, 'pylivy_batch.py');
writeFileSync(pylivyScript, PYLIVY_RUN);
writeFileSync(pylivyBatchScript, PYLIVY_BATCH);
const withPylivy = pylivySkipped === undefined;

log(`Livy at ${url}; livy binary ${bin}`);
const session = await rest('POST', '/sessions', { kind: 'pyspark', heartbeatTimeoutInSecond: 900, name: `bench-peers-${process.pid}` });
const id = session.id;
const env = { LIVY_URL: url };
const f = {
  node: [],
  nodeRss: [],
  nodeExit: [],
  raw: [],
  run: [],
  runFirst: [],
  runExit: [],
  runRss: [],
  repl: [],
  rawPty: [],
  py: [],
  pyFirst: [],
  pyRss: [],
  lagRaw: [],
  lagRun: [],
  lagRepl: [],
  lagPy: [],
  submit: [],
  submitLag: [],
  submitExit: [],
  submitRss: [],
  pyBatch: [],
  pyBatchLag: [],
  pyBatchRss: [],
};
let repl;
let rawPty;
let pylivyBatchFailure;
try {
  for (;;) {
    const { state } = await rest('GET', `/sessions/${id}/state`);
    if (state === 'idle') break;
    if (['dead', 'error', 'killed'].includes(state)) throw new Error(`session ${id} is ${state}`);
    await sleep(300);
  }
  log(`session ${id} idle; warming up`);
  for (let i = 0; i < 3; i++) await rawOnce(id);
  await livyProcess(['run', '--session', String(id), '-e', '1+1'], { env });
  repl = startRepl(id);
  await repl.waitFor((s) => new RegExp(`pyspark:${id}>`).test(s));
  await replOnce(repl, '1+1', '2');
  rawPty = startRawInPty(id);
  await rawPty.waitFor((s) => s.includes('raw loop ready'));
  await replOnce(rawPty, '1+1', '2');

  for (let i = 0; i < RUNS; i++) {
    log(`run ${i + 1}/${RUNS}`);
    const node = await runProcess(process.execPath, ['-e', '0']);
    f.node.push(node.ms);
    f.nodeRss.push(node.rssKiB);
    f.nodeExit.push((await runProcess(process.execPath, ['-e', 'console.log(2)'], { marker: /^2\n/m })).exitAfterOutputMs);

    const run = await livyProcess(['run', '--session', String(id), '-e', '1+1'], { env, marker: /^2\n/m });
    if (run.stdout !== '2\n') throw new Error(`livy run printed ${JSON.stringify(run.stdout)}`);
    f.run.push(run.ms);
    f.runExit.push(run.exitAfterOutputMs);
    f.runRss.push(run.rssKiB);
    const started = (await lastStatement(id)).started;
    if (typeof started === 'number' && started > 0) f.runFirst.push(started - run.spawnedAt);

    for (let k = i * ROUND_TRIPS; k < (i + 1) * ROUND_TRIPS; k++) {
      // Results no earlier round trip printed, so the screen cannot match an old one.
      const roundTrips = [
        async () => f.raw.push((await rawOnce(id)).ms),
        async () => f.repl.push((await replOnce(repl, `1000+${k}`, String(1000 + k))).ms),
        async () => f.rawPty.push((await replOnce(rawPty, `2000+${k}`, String(2000 + k))).ms),
      ];
      for (const roundTrip of shuffled(roundTrips)) {
        await sleep(SETTLE_MS);
        await roundTrip();
      }
    }

    if (withPylivy) {
      const py = await runProcess(venvPython, [pylivyScript, url, String(id), '1+1'], { marker: /^2\n/m });
      f.py.push(py.ms);
      f.pyRss.push(py.rssKiB);
      const pyStarted = (await lastStatement(id)).started;
      if (typeof pyStarted === 'number' && pyStarted > 0) f.pyFirst.push(pyStarted - py.spawnedAt);
    }

    // Notice lag after a 2 s statement: every other run, to keep the whole run short.
    if (i % 2 === 0) {
      f.lagRaw.push(await noticeLag(id, (await rawOnce(id, SLEEP_CODE)).seenAtEpoch));
      const slow = await livyProcess(['run', '--session', String(id), '-e', SLEEP_CODE], { env, marker: /2001/ });
      f.lagRun.push(await noticeLag(id, slow.endedAtEpoch - slow.exitAfterOutputMs));
      f.lagRepl.push(await noticeLag(id, (await replOnce(repl, SLEEP_CODE.replace('2000+1', `3000+${i}`), String(3000 + i))).seenAtEpoch));
      if (withPylivy) {
        const py = await runProcess(venvPython, [pylivyScript, url, String(id), SLEEP_CODE], { marker: /2001/ });
        f.lagPy.push(await noticeLag(id, py.endedAtEpoch - py.exitAfterOutputMs));
      }
    }
  }
  repl.type('\u0004');

  for (let i = 0; i < BATCH_RUNS; i++) {
    log(`batch ${i + 1}/${BATCH_RUNS}`);
    const submit = await batchCase(() => livyProcess(['submit', HELLO], { env, marker: /HELLO_FROM_BATCH/ }));
    f.submit.push(submit.ms);
    f.submitLag.push(submit.lagMs);
    f.submitRss.push(submit.rssKiB);
    if (withPylivy && !pylivyBatchFailure) {
      try {
        const py = await batchCase(() => runProcess(venvPython, [pylivyBatchScript, url, `file://${HELLO}`]));
        f.pyBatch.push(py.ms);
        f.pyBatchLag.push(py.lagMs);
        f.pyBatchRss.push(py.rssKiB);
      } catch (error) {
        pylivyBatchFailure = error.message.split('\n').filter(Boolean).at(-1);
        log(`pylivy batch left out: ${pylivyBatchFailure}`);
      }
    }
  }
} finally {
  repl?.kill();
  rawPty?.kill();
  await rest('DELETE', `/sessions/${id}`).catch(() => {});
  rmSync(scratch, { recursive: true, force: true });
}

if (flags.json) {
  const out = Object.fromEntries(Object.entries(f).map(([k, v]) => [k, stats(v)]));
  const extraCaCerts = extraCa ? (flags['keep-extra-ca'] ? 'kept' : 'left out') : 'unset';
  console.log(
    JSON.stringify(
      {
        url,
        bin,
        runs: RUNS,
        roundTrips: ROUND_TRIPS,
        batchRuns: BATCH_RUNS,
        pylivy: pylivySkipped ?? 'included',
        extraCaCerts,
        pty: ptyKind,
        figures: out,
      },
      null,
      2,
    ),
  );
} else {
  const py = (rows) => (withPylivy ? rows : []);
  console.log(
    `Peer benchmark on ${url}, ${RUNS} runs (${RUNS * ROUND_TRIPS} in-terminal round trips of each kind, ${BATCH_RUNS} batches); min / median / max, ratio of medians to raw REST`,
  );
  if (!withPylivy) console.log(`pylivy ${pylivySkipped}`);
  if (extraCa) {
    console.log(
      flags['keep-extra-ca']
        ? `NODE_EXTRA_CA_CERTS=${extraCa} kept: every Node process below reads it at start-up`
        : `NODE_EXTRA_CA_CERTS=${extraCa} left out of the measured processes (--keep-extra-ca keeps it)`,
    );
  }
  if (pylivyBatchFailure) console.log(`pylivy batches left out: ${pylivyBatchFailure}`);
  console.log(
    table(
      '1+1 round trip',
      [
        ['raw REST loop (10 ms polls)', f.raw],
        [`raw REST loop in a pty (${ptyKind})`, f.rawPty],
        [`livy repl (pty, ${ptyKind})`, f.repl],
        ['livy run --session -e (process)', f.run],
        ...py([['pylivy (process)', f.py]]),
        ['node -e 0 (process)', f.node],
      ],
      'raw REST loop (10 ms polls)',
    ),
  );
  console.log(
    table('process start → statement started on the server', [['livy run --session', f.runFirst], ...py([['pylivy', f.pyFirst]])]),
  );
  console.log(
    table('result printed → process ended', [
      ['livy run --session', f.runExit],
      ["node -e 'console.log(2)'", f.nodeExit],
    ]),
  );
  console.log(
    table(
      'notice lag after a 2 s statement (server completed → shown)',
      [
        ['raw REST loop (10 ms polls)', f.lagRaw],
        ['livy repl (pty)', f.lagRepl],
        ['livy run --session', f.lagRun],
        ...py([['pylivy', f.lagPy]]),
      ],
      'raw REST loop (10 ms polls)',
    ),
  );
  console.log(table('trivial PySpark batch: start → exit', [['livy submit', f.submit], ...py([['pylivy LivyBatch.wait', f.pyBatch]])]));
  console.log(
    table('trivial PySpark batch: server success → process ended', [
      ['livy submit', f.submitLag],
      ...py([['pylivy LivyBatch.wait', f.pyBatchLag]]),
    ]),
  );
  console.log(
    table('peak RSS', [
      ['node -e 0', f.nodeRss, 'MiB'],
      ['livy run --session', f.runRss, 'MiB'],
      ['livy submit', f.submitRss, 'MiB'],
      ...py([
        ['pylivy run', f.pyRss, 'MiB'],
        ['pylivy batch', f.pyBatchRss, 'MiB'],
      ]),
    ]),
  );
}
