// YARN submit benchmark: `livy submit` of local files against `spark-submit --master yarn
// --deploy-mode cluster` of the same files, on one local HDFS + YARN cluster, runs interleaved.
//
//   npm run bench:yarn            (builds first)
//   node bench/yarn-submit.mjs [--runs 3] [--livy path/to/bin/livy.js] [--keep] [--json]
//
// Server: the `livy local` of $LIVY_LOCAL_RUN_DIR (default ~/.cache/livy-cli/run) when it answers
// and runs on YARN; when none runs there, `livy local start --cluster yarn` starts one, which is
// stopped again at the end unless --keep. A server there in local mode is not touched: the bench
// stops with a hint (LIVY_LOCAL_RUN_DIR=/tmp/some-dir gives it a run dir of its own).
//
// Cases, each run doing both tools in turn (which goes first alternates from run to run), from a
// scratch working directory holding the files, every path given relative to it:
// (i)  a trivial PySpark file, test/fixtures/yarn-jobs/hello.py: test/fixtures/jobs/hello.py's line
//      inside a Spark session, without which YARN fails the application in cluster mode ("User
//      did not initialize spark context!"), whichever tool submits it:
//        livy submit -o json ./hello.py
//        spark-submit --master yarn --deploy-mode cluster ./hello.py
// (ii) the same with a helper package: ./job.py (a Spark session, then a line) imports lib.greet
//      from the directory ./lib:
//        livy submit -o json --py-files ./lib ./job.py           (livy zips the directory)
//        spark-submit … --py-files ./lib.zip ./job.py             (zipped once beforehand with
//                                                                  `python3 -m zipfile`: spark-submit
//                                                                  takes no directory)
// spark-submit runs as test/e2e-yarn/parity.suite.ts runs it: the server's SPARK_HOME, the
// cluster's HADOOP_CONF_DIR (= YARN_CONF_DIR, <run dir>/hadoop/conf) and SPARK_CONF_DIR
// (<run dir>/hadoop/spark-conf, whose spark-defaults.conf names the cluster's python),
// SPARK_LOCAL_IP=127.0.0.1, no PYSPARK_DRIVER_PYTHON. Both wait for the application to end
// (spark-submit's spark.yarn.submit.waitAppCompletion is true by default); a run counts only when
// the tool exits 0 and YARN reports the application FINISHED/SUCCEEDED.
// livy stages to the cluster's HDFS (content-addressed): its first run uploads the files, later
// runs find them there and upload nothing, while spark-submit uploads to .sparkStaging every time;
// the bytes livy uploaded per run are printed.
// Printed: min / median / max wall time (spawn to exit) per tool and case, the ratio of medians
// livy / spark-submit, and the peak RSS (VmHWM from /proc) of each Hadoop daemon and of Livy.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    livy: { type: 'string', default: join(root, 'bin', 'livy.js') },
    keep: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(1, Number(flags.runs) || 3);
const bin = flags.livy;
const log = (text) => process.stderr.write(`${text}\n`);

/** The run dir `livy local` uses with this environment (src/local/paths.ts). */
function runDirOf(env) {
  if (env.LIVY_LOCAL_RUN_DIR) return resolve(env.LIVY_LOCAL_RUN_DIR);
  const home = env.LIVY_LOCAL_HOME
    ? resolve(env.LIVY_LOCAL_HOME)
    : join(env.XDG_CACHE_HOME ? resolve(env.XDG_CACHE_HOME) : join(env.HOME || homedir(), '.cache'), 'livy-cli');
  return join(home, 'run');
}

// ---------------------------------------------------------------- the server

function livySync(args, options = {}) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, ...options });
}

function localStatus() {
  try {
    return JSON.parse(livySync(['local', 'status', '--output', 'json']).stdout);
  } catch {
    return undefined;
  }
}

let status = localStatus();
let startedHere = false;
if (status?.responding && status.cluster !== 'yarn') {
  console.error(
    `the local Livy at ${status.url} runs Spark in ${status.cluster} mode, not on YARN; this bench leaves it alone.\n` +
      `Give the bench a run dir of its own: LIVY_LOCAL_RUN_DIR=$(mktemp -d) npm run bench:yarn`,
  );
  process.exit(2);
}
if (!status?.responding) {
  log(`no local Livy answers in ${runDirOf(process.env)}: starting one on YARN (livy local start --cluster yarn) …`);
  // Its progress and its `export LIVY_URL=…` line go to stderr: stdout holds only the figures.
  const started = livySync(['local', 'start', '--cluster', 'yarn', '--whitelist', root, '--whitelist', tmpdir()], {
    stdio: ['ignore', 2, 2],
  });
  if (started.status !== 0) throw new Error('livy local start --cluster yarn failed');
  startedHere = true;
  status = localStatus();
}
if (!status?.responding || status.cluster !== 'yarn') throw new Error('no local Livy on YARN to measure against');
const url = status.url.replace(/\/+$/, '');
const runDir = runDirOf(process.env);
const resourceManager = status.resourceManager;

/** The application as the ResourceManager reports it. */
async function yarnApp(appId) {
  const res = await fetch(`${resourceManager}/ws/v1/cluster/apps/${appId}`, { headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(`the ResourceManager answered ${res.status} for ${appId}`);
  return (await res.json()).app;
}

// ---------------------------------------------------------------- the working directory

const scratch = mkdtempSync(join(tmpdir(), 'livy-bench-yarn-'));
cpSync(join(root, 'test', 'fixtures', 'yarn-jobs', 'hello.py'), join(scratch, 'hello.py'));
mkdirSync(join(scratch, 'lib'));
writeFileSync(join(scratch, 'lib', '__init__.py'), '');
writeFileSync(join(scratch, 'lib', 'greet.py'), 'def greeting(who):\n    return "HELLO_FROM_LIB %s" % who\n');
writeFileSync(
  join(scratch, 'job.py'),
  'from pyspark.sql import SparkSession\nfrom lib.greet import greeting\n\nspark = SparkSession.builder.getOrCreate()\nprint(greeting("bench"), flush=True)\nspark.stop()\n',
);
const zipped = spawnSync('python3', ['-m', 'zipfile', '-c', 'lib.zip', 'lib'], { cwd: scratch, encoding: 'utf8' });
if (zipped.status !== 0) throw new Error(`python3 -m zipfile failed: ${zipped.stderr}`);

const sparkSubmitEnv = {
  ...process.env,
  SPARK_HOME: status.sparkHome,
  HADOOP_CONF_DIR: join(runDir, 'hadoop', 'conf'),
  YARN_CONF_DIR: join(runDir, 'hadoop', 'conf'),
  SPARK_CONF_DIR: join(runDir, 'hadoop', 'spark-conf'),
  SPARK_LOCAL_IP: '127.0.0.1',
};
delete sparkSubmitEnv.PYSPARK_DRIVER_PYTHON;
const livyEnv = { ...process.env, LIVY_URL: url, NO_COLOR: '1' };

// ---------------------------------------------------------------- one run of a tool

/** Runs a command in the scratch dir to its end: wall time, stdout, stderr; rejects unless exit 0. */
function timed(command, args, env) {
  const t0 = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: scratch, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${stderr.slice(-3000)}${stdout.slice(-1000)}`));
      else resolvePromise({ ms, stdout, stderr });
    });
  });
}

async function checkSucceeded(appId, what) {
  const app = await yarnApp(appId);
  if (app.state !== 'FINISHED' || app.finalStatus !== 'SUCCEEDED')
    throw new Error(`${what}: ${appId} ended ${app.state}/${app.finalStatus}`);
}

async function livySubmit(args) {
  const r = await timed(process.execPath, [bin, 'submit', '-o', 'json', ...args], livyEnv);
  const result = JSON.parse(r.stdout);
  if (!result.appId) throw new Error(`livy submit gave no application id: ${r.stdout}`);
  await checkSucceeded(result.appId, `livy submit ${args.join(' ')}`);
  const uploadedBytes = (result.staged ?? []).filter((s) => s.uploaded).reduce((sum, s) => sum + s.bytes, 0);
  return { ms: r.ms, uploadedBytes, staged: (result.staged ?? []).length };
}

async function sparkSubmit(args) {
  const r = await timed(
    join(status.sparkHome, 'bin', 'spark-submit'),
    ['--master', 'yarn', '--deploy-mode', 'cluster', ...args],
    sparkSubmitEnv,
  );
  const appId = /Submitted application (application_\d+_\d+)/.exec(r.stderr)?.[1];
  if (!appId) throw new Error(`spark-submit named no application:\n${r.stderr.slice(-3000)}`);
  await checkSucceeded(appId, `spark-submit ${args.join(' ')}`);
  return { ms: r.ms };
}

// ---------------------------------------------------------------- figures

const stats = (values) => {
  const xs = [...values].sort((a, b) => a - b);
  const m = Math.floor(xs.length / 2);
  return { n: xs.length, min: xs[0], median: xs.length % 2 ? xs[m] : (xs[m - 1] + xs[m]) / 2, max: xs.at(-1) };
};

/** Peak resident set (VmHWM) of a process in KiB, or undefined when it is gone. */
function peakRssKiB(pid) {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
  } catch {
    return undefined;
  }
}

const CASES = [
  { name: '(i) hello.py', livy: ['./hello.py'], spark: ['./hello.py'] },
  { name: '(ii) job.py --py-files', livy: ['--py-files', './lib', './job.py'], spark: ['--py-files', './lib.zip', './job.py'] },
];
const figures = Object.fromEntries(CASES.map((c) => [c.name, { livy: [], spark: [], uploaded: [] }]));

try {
  log(`Livy on YARN at ${url} (run dir ${runDir}); ${RUNS} interleaved run(s) in ${scratch}`);
  for (let i = 0; i < RUNS; i++) {
    for (const c of CASES) {
      const f = figures[c.name];
      const livyFirst = i % 2 === 0;
      for (const tool of livyFirst ? ['livy', 'spark'] : ['spark', 'livy']) {
        log(`run ${i + 1}/${RUNS} ${c.name}: ${tool === 'livy' ? 'livy submit' : 'spark-submit'}`);
        if (tool === 'livy') {
          const r = await livySubmit(c.livy);
          f.livy.push(r.ms);
          f.uploaded.push(r.uploadedBytes);
        } else f.spark.push((await sparkSubmit(c.spark)).ms);
      }
    }
  }

  const daemons = (localStatus()?.daemons ?? []).map((d) => ({ name: d.name, pid: d.pid, peakRssKiB: peakRssKiB(d.pid) }));
  const memory = [...daemons, { name: 'livy', pid: status.pid, peakRssKiB: peakRssKiB(status.pid) }];
  const summary = CASES.map((c) => {
    const f = figures[c.name];
    const livy = stats(f.livy);
    const spark = stats(f.spark);
    return { case: c.name, livy, sparkSubmit: spark, ratio: livy.median / spark.median, livyUploadedBytes: f.uploaded };
  });

  if (flags.json) {
    console.log(JSON.stringify({ url, runDir, runs: RUNS, cases: summary, peakRss: memory }, null, 2));
  } else {
    const s = (ms) => (ms / 1000).toFixed(2).padStart(8);
    console.log(`YARN submit benchmark on ${url}, ${RUNS} interleaved run(s); wall time spawn → exit in s: min / median / max`);
    for (const row of summary) {
      console.log(row.case);
      console.log(
        `  livy submit   ${s(row.livy.min)}${s(row.livy.median)}${s(row.livy.max)}   (n=${row.livy.n}; bytes uploaded per run: ${row.livyUploadedBytes.join(', ')})`,
      );
      console.log(
        `  spark-submit  ${s(row.sparkSubmit.min)}${s(row.sparkSubmit.median)}${s(row.sparkSubmit.max)}   (n=${row.sparkSubmit.n})`,
      );
      console.log(`  ratio of medians livy / spark-submit: ${row.ratio.toFixed(2)}`);
    }
    console.log('peak RSS (VmHWM) after the runs:');
    for (const m of memory)
      console.log(
        `  ${m.name.padEnd(16)} pid ${String(m.pid).padEnd(8)} ${m.peakRssKiB === undefined ? '—' : `${(m.peakRssKiB / 1024).toFixed(1)} MiB`}`,
      );
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
  if (startedHere && !flags.keep) {
    log('stopping the local Livy and YARN cluster this bench started (--keep leaves them running) …');
    livySync(['local', 'stop'], { stdio: ['ignore', 2, 2] });
  }
}
