// vitest globalSetup for the e2e project: provisions (cached in the per-user cache, or
// $LIVY_LOCAL_HOME) and starts one real local Livy on a free port for the whole run, then stops it.
// The server's state and logs go to a run dir of this test run only ($LIVY_LOCAL_RUN_DIR), so a
// developer's own `livy local` server is neither reused nor stopped. Spawned CLIs inherit the env.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { LivyUnavailableError, startLocalServer, stopLocalServer, type LocalProgressEvent } from '../../src/local/index.js';
import { findFreePort } from '../../src/local/port.js';

declare module 'vitest' {
  export interface ProvidedContext {
    livyUrl: string;
    livyRunDir: string;
    sparkHome: string;
    sparkPython: string;
    /** Set when no Livy distribution can be had on this machine: the suite is skipped with this reason. */
    livyUnavailable: string | undefined;
  }
}

const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runDir = process.env.LIVY_LOCAL_RUN_DIR ?? mkdtempSync(join(tmpdir(), 'livy-e2e-run-'));
  process.env.LIVY_LOCAL_RUN_DIR = runDir;
  const t0 = Date.now();
  const onProgress = (e: LocalProgressEvent) => {
    // Plain lines: provisioning the first time takes a while and CI logs should show why.
    console.log(`[livy local ${((Date.now() - t0) / 1000).toFixed(1)}s] ${e.step}: ${e.message}`);
  };
  const port = await findFreePort();
  let info;
  try {
    info = await startLocalServer({
      port,
      // The fixtures live in the repo; compiled test jars and generated files go to the temp dir.
      whitelist: [REPO_ROOT, tmpdir()],
      onProgress,
      env: process.env,
    });
  } catch (error) {
    if (!(error instanceof LivyUnavailableError)) throw error;
    // Only this one cause skips the suite: the registry does not serve Livy and no
    // distribution was given. Everything else that goes wrong fails the run.
    const banner = '='.repeat(100);
    console.log(`${banner}\nE2E SUITE SKIPPED: no Apache Livy distribution is available here.\n${error.message}\n${banner}`);
    project.provide('livyUnavailable', error.message);
    return async () => {};
  }
  project.provide('livyUnavailable', undefined);
  process.env.LIVY_E2E_URL = info.url;
  project.provide('livyUrl', info.url);
  project.provide('livyRunDir', runDir);
  project.provide('sparkHome', info.sparkHome);
  project.provide('sparkPython', info.python);
  console.log(`[livy local] ready at ${info.url} after ${((Date.now() - t0) / 1000).toFixed(1)}s (log: ${info.logFile})`);

  return async () => {
    await stopLocalServer({ env: process.env, onProgress });
    if (!process.env.LIVY_E2E_KEEP_RUN_DIR) rmSync(runDir, { recursive: true, force: true });
  };
}
