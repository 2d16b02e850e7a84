// What the staging benchmarks (staging-hdfs.mjs, staging-s3.mjs) share: a big file to upload, a
// timed child process, a stand-in Livy that accepts any batch, the peak RSS GNU time reports, the
// figures of a staging submit, and this repository's TypeScript loaded through esbuild.
import { spawn } from 'node:child_process';
import { closeSync, openSync, writeSync } from 'node:fs';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';

export function writeBigFile(path, mb) {
  const chunk = Buffer.alloc(1 << 20);
  for (let i = 0; i < chunk.length; i += 4) chunk.writeUInt32LE((i * 2654435761) >>> 0, i);
  const fd = openSync(path, 'w');
  for (let i = 0; i < mb; i++) {
    chunk.writeUInt32LE(i, 0); // every MiB differs
    writeSync(fd, chunk);
  }
  closeSync(fd);
}

export function timed(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
  });
}

/** Accepts any batch: staging is what is measured, not Livy. */
export async function standInLivy() {
  let id = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      if (req.method === 'POST' && req.url === '/batches') {
        res.statusCode = 201;
        res.end(
          JSON.stringify({ id: id++, name: null, owner: null, proxyUser: null, state: 'starting', appId: null, appInfo: {}, log: [] }),
        );
      } else if (req.url === '/version') res.end(JSON.stringify({ version: '0.9.0-incubating' }));
      else {
        res.statusCode = 404;
        res.end('{}');
      }
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

export const peakRssMb = (stderr) => Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? NaN) / 1024;

/**
 * What `livy submit -o json` (run by `timed` under GNU time -v) did staging the big file of
 * `bytes`: wall time, throughput, peak RSS, and whether it uploaded. Throws when it failed.
 */
export function stagingFigures(run, bytes) {
  if (run.code !== 0) throw new Error(`livy submit failed: ${run.stderr}`);
  return {
    ms: Math.round(run.ms),
    mbPerSec: +(bytes / 1048576 / (run.ms / 1000)).toFixed(1),
    peakRssMb: Math.round(peakRssMb(run.stderr)),
    uploaded: JSON.parse(run.stdout).staged[0].uploaded,
  };
}

/**
 * Bundles TypeScript of this repository (`source`: esbuild's `entryPoints` or `stdin`) into
 * `outfile`, packages left external, and imports it.
 */
export async function importBundled(outfile, source) {
  const { build } = await import('esbuild');
  await build({ ...source, bundle: true, platform: 'node', format: 'esm', outfile, packages: 'external', logLevel: 'error' });
  return import(pathToFileURL(outfile).href);
}
