// Staging to S3: printed figures from one run (no assertions).
//
//   npm run build && node bench/staging-s3.mjs [--size-mb 1024] [--json]
//
// Starts s3proxy (filesystem backend, on 127.0.0.1, its data under the run's temp dir; the jar
// resolved with Maven into ~/.cache/livy-cli/m2 as the tests do, from test/e2e/support/s3proxy.ts
// bundled on the fly with esbuild), creates a bucket and measures:
// - a plain `curl -T FILE --aws-sigv4 …` (one signed PUT, payload unsigned) of a file of
//   --size-mb (default 1 GB) into the same store, wall time and throughput;
// - `livy submit --stage-dir s3a://… --s3-endpoint … --async FILE` of the same file against a
//   stand-in Livy on loopback that accepts the batch (so only staging is measured), credentials in
//   AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY: wall time from spawn to exit (hashing the file,
//   checking S3, uploading), throughput, the ratio to curl, and the CLI's peak RSS
//   (/usr/bin/time -v);
// - the same command again with nothing changed: what a re-submit spends hashing and checking
//   (0 bytes uploaded).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';

import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { importBundled, peakRssMb, stagingFigures, standInLivy, timed, writeBigFile } from './staging-support.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'livy.js');
const { values: flags } = parseArgs({
  options: { 'size-mb': { type: 'string', default: '1024' }, json: { type: 'boolean', default: false } },
});
const sizeMb = Number(flags['size-mb']);

const BUCKET = 'livy-bench';
const work = mkdtempSync(join(tmpdir(), 'livy-bench-s3-'));

const s3module = await importBundled(join(work, 's3proxy.mjs'), { entryPoints: [join(root, 'test/e2e/support/s3proxy.ts')] });
const { jar, missing } = s3module.resolveS3proxyJar();
if (!jar) throw new Error(missing);
console.error('starting s3proxy…');
const s3 = await s3module.startS3proxy(jar, undefined, join(work, 's3proxy'));
const livy = await standInLivy();
const results = {};
try {
  s3.createBucket(BUCKET);
  const big = join(work, 'big.bin');
  writeBigFile(big, sizeMb);
  const bytes = sizeMb * 1024 * 1024;

  spawnSync('sync');
  const credentials = `${s3.env.AWS_ACCESS_KEY_ID}:${s3.env.AWS_SECRET_ACCESS_KEY}`;
  // curl before 8.x sends no x-amz-content-sha256, which s3proxy requires: name the payload unsigned.
  const sigv4 = ['--aws-sigv4', 'aws:amz:us-east-1:s3', '--user', credentials, '-H', 'x-amz-content-sha256: UNSIGNED-PAYLOAD'];
  const curl = await timed('curl', ['-sS', '-f', ...sigv4, '-T', big, '-o', '/dev/null', `${s3.endpoint}/${BUCKET}/curl/big.bin`]);
  if (curl.code !== 0) throw new Error(`curl failed: ${curl.stderr}`);
  results.curl = { ms: Math.round(curl.ms), mbPerSec: +(bytes / 1048576 / (curl.ms / 1000)).toFixed(1) };

  const stageDir = `s3a://${BUCKET}/stage`;
  const livyEnv = {
    ...process.env,
    NO_COLOR: '1',
    LIVY_LOCAL_RUN_DIR: join(work, 'no-local-livy'),
    AWS_ACCESS_KEY_ID: s3.env.AWS_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: s3.env.AWS_SECRET_ACCESS_KEY,
    AWS_REGION: 'us-east-1',
  };
  const submitBig = [
    '/usr/bin/time',
    [
      '-v',
      process.execPath,
      bin,
      'submit',
      '--url',
      livy.url,
      '--stage-dir',
      stageDir,
      '--s3-endpoint',
      s3.endpoint,
      '--async',
      '-o',
      'json',
      big,
    ],
  ];
  const first = await timed(...submitBig, { env: livyEnv, cwd: work });
  results.livy = stagingFigures(first, bytes);
  results.ratioLivyToCurlTime = +(first.ms / curl.ms).toFixed(2);
  results.throughputRatio = +(results.livy.mbPerSec / results.curl.mbPerSec).toFixed(2);

  const again = await timed(...submitBig, { env: livyEnv, cwd: work });
  if (again.code !== 0) throw new Error(`livy submit (again) failed: ${again.stderr}`);
  results.resubmitBig = {
    ms: Math.round(again.ms),
    peakRssMb: Math.round(peakRssMb(again.stderr)),
    uploaded: JSON.parse(again.stdout).staged[0].uploaded,
  };
} finally {
  livy.close();
  await s3.stop();
  rmSync(work, { recursive: true, force: true });
}

if (flags.json) console.log(JSON.stringify(results, null, 2));
else {
  const r = results;
  console.log(`file: ${sizeMb} MiB`);
  console.log(`curl -T --aws-sigv4 (PUT): ${r.curl.ms} ms (${r.curl.mbPerSec} MiB/s)`);
  console.log(
    `livy submit (staging):     ${r.livy.ms} ms (${r.livy.mbPerSec} MiB/s, hash + check + upload), peak RSS ${r.livy.peakRssMb} MB`,
  );
  console.log(`throughput livy/curl:      ${r.throughputRatio} (time ratio ${r.ratioLivyToCurlTime})`);
  console.log(
    `re-submit, unchanged:      ${r.resubmitBig.ms} ms for the big file, hash + check (uploaded: ${r.resubmitBig.uploaded}), peak RSS ${r.resubmitBig.peakRssMb} MB`,
  );
}
