// Staging to HDFS: printed figures from one run (no assertions).
//
//   npm run build && node bench/staging-hdfs.mjs [--size-mb 1024] [--json]
//
// Starts HDFS alone (NameNode + DataNode on 127.0.0.1, own run dir, from src/local/hadoop,
// bundled on the fly with esbuild) and measures:
// - a plain `curl -L -T FILE` through WebHDFS (CREATE, redirected to the DataNode) of a file of
//   --size-mb (default 1 GB), wall time and throughput;
// - `livy submit --stage-dir hdfs://… --async FILE` of the same file against a stand-in Livy on
//   loopback that accepts the batch (so only staging is measured): wall time from spawn to exit
//   (hashing the file, checking HDFS, uploading, renaming), throughput, the ratio to curl, and the
//   CLI's peak RSS (/usr/bin/time -v);
// - the same command again with nothing changed: what a re-submit spends hashing and checking
//   (0 bytes uploaded), and the same for a small job (job.py, a --py-files directory, a --files).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';

import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { importBundled, stagingFigures, standInLivy, timed, writeBigFile } from './staging-support.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'livy.js');
const { values: flags } = parseArgs({
  options: { 'size-mb': { type: 'string', default: '1024' }, json: { type: 'boolean', default: false } },
});
const sizeMb = Number(flags['size-mb']);

const work = mkdtempSync(join(tmpdir(), 'livy-bench-hdfs-'));
const runDir = join(work, 'run');
const env = { ...process.env, LIVY_LOCAL_RUN_DIR: runDir };

async function loadHadoop() {
  const hadoop = await importBundled(join(work, 'hadoop.mjs'), { entryPoints: [join(root, 'src/local/hadoop/index.ts')] });
  const extra = await importBundled(join(work, 'extra.mjs'), {
    stdin: {
      contents:
        "export { checkJava } from './src/local/prerequisites.ts'; export { installedSpark } from './src/local/provision-spark.ts'; export { hadoopVersionOfSpark } from './src/local/hadoop/hadoop-version.ts'; export { PYSPARK_VERSION } from './src/local/versions.ts';",
      resolveDir: root,
      loader: 'ts',
    },
  });
  return { ...hadoop, ...extra };
}

const hadoop = await loadHadoop();
const spark = hadoop.installedSpark(env);
if (!spark) throw new Error('no provisioned Spark (run livy local start once)');
const java = await hadoop.checkJava(env);
console.error('starting HDFS…');
const cluster = await hadoop.startHdfs({
  env,
  java,
  hadoopVersion: hadoop.hadoopVersionOfSpark(spark.sparkHome),
  pysparkVersion: hadoop.PYSPARK_VERSION,
});
const livy = await standInLivy();
const results = {};
try {
  const big = join(work, 'big.bin');
  writeBigFile(big, sizeMb);
  const bytes = sizeMb * 1024 * 1024;
  const user = userInfo().username;

  spawnSync('sync');
  const curl = await timed('curl', [
    '-sS',
    '-f',
    '-L',
    '-T',
    big,
    '-o',
    '/dev/null',
    `${cluster.urls.nameNode}/webhdfs/v1/bench/curl/big.bin?op=CREATE&overwrite=true&user.name=${user}`,
  ]);
  if (curl.code !== 0) throw new Error(`curl failed: ${curl.stderr}`);
  results.curl = { ms: Math.round(curl.ms), mbPerSec: +(bytes / 1048576 / (curl.ms / 1000)).toFixed(1) };
  // The two steps the WebHDFS documentation gives: ask the NameNode (no body), send to the DataNode.
  const twoStepStart = process.hrtime.bigint();
  const ask = await timed('curl', [
    '-sS',
    '-f',
    '-i',
    '-X',
    'PUT',
    `${cluster.urls.nameNode}/webhdfs/v1/bench/curl/big2.bin?op=CREATE&overwrite=true&user.name=${user}`,
  ]);
  const location = /^location:\s*(\S+)/im.exec(ask.stdout)?.[1];
  if (!location) throw new Error(`no redirect from the NameNode: ${ask.stdout}`);
  const put = await timed('curl', ['-sS', '-f', '-T', big, '-o', '/dev/null', location]);
  if (put.code !== 0) throw new Error(`curl failed: ${put.stderr}`);
  const twoStepMs = Number(process.hrtime.bigint() - twoStepStart) / 1e6;
  results.curlTwoStep = { ms: Math.round(twoStepMs), mbPerSec: +(bytes / 1048576 / (twoStepMs / 1000)).toFixed(1) };

  const stageDir = `${cluster.urls.hdfs}/bench/stage`;
  const livyEnv = {
    ...process.env,
    NO_COLOR: '1',
    LIVY_LOCAL_RUN_DIR: join(work, 'no-local-livy'),
    LIVY_WEBHDFS_URL: cluster.urls.nameNode,
  };
  const submitBig = [
    '/usr/bin/time',
    ['-v', process.execPath, bin, 'submit', '--url', livy.url, '--stage-dir', stageDir, '--async', '-o', 'json', big],
  ];
  const first = await timed(...submitBig, { env: livyEnv, cwd: work });
  results.livy = stagingFigures(first, bytes);
  results.ratioLivyToCurlTime = +(first.ms / curl.ms).toFixed(2);
  results.throughputRatio = +(results.livy.mbPerSec / results.curl.mbPerSec).toFixed(2);
  results.throughputRatioTwoStep = +(results.livy.mbPerSec / results.curlTwoStep.mbPerSec).toFixed(2);

  const again = await timed(...submitBig, { env: livyEnv, cwd: work });
  results.resubmitBig = { ms: Math.round(again.ms), uploaded: JSON.parse(again.stdout).staged[0].uploaded };

  const job = join(work, 'job');
  mkdirSync(join(job, 'lib'), { recursive: true });
  writeFileSync(join(job, 'job.py'), 'import lib\nprint(lib.X)\n');
  writeFileSync(join(job, 'lib', '__init__.py'), 'X = 1\n');
  writeFileSync(join(job, 'app.yaml'), 'a: 1\n');
  const submitSmall = [
    process.execPath,
    [
      bin,
      'submit',
      '--url',
      livy.url,
      '--stage-dir',
      stageDir,
      '--async',
      '-o',
      'json',
      '--py-files',
      './lib',
      '--files',
      './app.yaml#app.yaml',
      './job.py',
    ],
  ];
  await timed(...submitSmall, { env: livyEnv, cwd: job });
  // Medians of 5, interleaved: the same submit without local files, and the re-submit of unchanged ones.
  const baselines = [];
  const smalls = [];
  let uploadedAgain = 0;
  for (let i = 0; i < 5; i++) {
    baselines.push(
      (
        await timed(process.execPath, [bin, 'submit', '--url', livy.url, '--async', '-o', 'json', 'hdfs:///nothing/staged.py'], {
          env: livyEnv,
          cwd: job,
        })
      ).ms,
    );
    const small = await timed(...submitSmall, { env: livyEnv, cwd: job });
    smalls.push(small.ms);
    uploadedAgain += JSON.parse(small.stdout).staged.filter((s) => s.uploaded).length;
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  results.resubmitSmall = {
    ms: Math.round(median(smalls)),
    withoutStagingMs: Math.round(median(baselines)),
    checkingMs: Math.round(median(smalls) - median(baselines)),
    uploaded: uploadedAgain,
  };
} finally {
  livy.close();
  await hadoop.stopHadoopCluster({ env });
  rmSync(work, { recursive: true, force: true });
}

if (flags.json) console.log(JSON.stringify(results, null, 2));
else {
  const r = results;
  console.log(`file: ${sizeMb} MiB`);
  console.log(`curl -L -T via WebHDFS:   ${r.curl.ms} ms (${r.curl.mbPerSec} MiB/s)`);
  console.log(
    `livy submit (staging):    ${r.livy.ms} ms (${r.livy.mbPerSec} MiB/s, hash + check + upload + rename), peak RSS ${r.livy.peakRssMb} MB`,
  );
  console.log(
    `curl in two steps:        ${r.curlTwoStep.ms} ms (${r.curlTwoStep.mbPerSec} MiB/s: NameNode without a body, then -T to the DataNode)`,
  );
  console.log(
    `throughput livy/curl:     ${r.throughputRatio} (time ratio ${r.ratioLivyToCurlTime}); livy/two-step curl ${r.throughputRatioTwoStep}`,
  );
  console.log(`re-submit, unchanged:     ${r.resubmitBig.ms} ms for the big file (uploaded: ${r.resubmitBig.uploaded})`);
  console.log(
    `re-submit small job:      ${r.resubmitSmall.ms} ms median of 5, of which checking ≈ ${r.resubmitSmall.checkingMs} ms (same submit without local files: ${r.resubmitSmall.withoutStagingMs} ms; ${r.resubmitSmall.uploaded} uploaded)`,
  );
}
